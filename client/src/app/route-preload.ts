import { clientQuery } from '../features/clients/api/get-client';
import { currentUserQuery } from '../features/auth/api/get-current-user';
import { prepQuery } from '../features/prep/api/get-prep';
import { progressQuery } from '../features/progress/api/get-progress';
import { instrumentsQuery } from '../features/progress/api/list-instruments';
import { preloadable } from '../lib/preloadable';
import { queryClient } from '../lib/query-client';
import { overviewTabChunk } from '../features/clients/components/overview-tab-chunk';

// Opening a client's record straight from the address bar (a link, a reload) was a waterfall: the
// main bundle, then /api/auth/me, then the layout's chunk, then the client page's, then the charts'
// chunk and the Overview's data, each waiting for the one before and for React's 300 ms throttle on
// revealing a suspended boundary. The first chart drew about 2 s after navigation
// (docs/performance.md, the client page). Here, before React renders, the chunks that page needs
// and its data are asked for at once; the lazy components below then render without suspending
// when their chunk has already arrived.

export const appLayoutChunk = preloadable(() => import('./layout/app-layout'));
export const clientPageChunk = preloadable(() => import('../features/clients/components/client-page'));

const CLIENT_RECORD = /^\/clients\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * On a client's record: its data (the record, its "Before the session" panel and, when the Overview opens (no tab,
 * or ?tab=overview, whole course), the course and the instruments) and its chunks, requested now rather than one
 * after another. The data goes first and without waiting for /api/auth/me: the browser opens six connections to
 * the server, and the page's sixty-odd chunks queued ahead of the API held the sign-in check back by about half a
 * second, and the data behind it (docs/performance.md, "Fifth round"). A signed-out visit is refused by the server
 * (401) and reads nothing; a refused query holds no data, so the page asks again when it mounts after sign-in.
 */
export function preloadRoute(pathname: string, search: string): void {
  const match = CLIENT_RECORD.exec(pathname);
  if (!match) return;
  const clientId = match[1];
  const params = new URLSearchParams(search);
  const overview = (!params.has('tab') || params.get('tab') === 'overview') && !params.has('range');
  void queryClient.prefetchQuery(currentUserQuery);
  void queryClient.prefetchQuery(clientQuery(clientId));
  void queryClient.prefetchQuery(prepQuery(clientId));
  if (overview) {
    void queryClient.prefetchQuery(progressQuery(clientId));
    void queryClient.prefetchQuery(instrumentsQuery());
  }
  // The chunks only once the data's requests are out (openapi-fetch sends them after this task), so they do
  // not queue for a connection behind sixty chunks; the charts' chunk, the largest, first among the chunks.
  // A failed download shows when the page itself loads the chunk (lazy's error); here it is only a head start.
  setTimeout(() => {
    for (const chunk of overview ? [overviewTabChunk, clientPageChunk, appLayoutChunk] : [clientPageChunk, appLayoutChunk]) {
      chunk.start().catch(() => undefined);
    }
  }, 0);
}
