import { preloadable } from '../../../lib/preloadable';

/**
 * The Overview's code (its charts and Recharts), in a chunk of its own so the rest of the record stays light.
 * Its own small module so that app/route-preload.ts can start it without pulling in the client page.
 */
export const overviewTabChunk = preloadable(() => import('../../progress/components/overview-tab'));
