import { lazy, type ComponentType } from 'react';
import { clientQuery } from '../features/clients/api/get-client';
import { currentUserQuery } from '../features/auth/api/get-current-user';
import { prepQuery } from '../features/prep/api/get-prep';
import { progressQuery } from '../features/progress/api/get-progress';
import { instrumentsQuery } from '../features/progress/api/list-instruments';
import { queryClient } from '../lib/query-client';

// Opening a client's record straight from the address bar (a link, a reload) was a waterfall: the
// main bundle, then /api/auth/me, then the layout's chunk, then the client page's, then the charts'
// chunk and the Overview's data, each waiting for the one before and for React's 300 ms throttle on
// revealing a suspended boundary. The first chart drew about 2 s after navigation
// (docs/performance.md, the client page). Here, before React renders, the chunks that page needs
// and its data are asked for at once; the lazy components below then render without suspending
// when their chunk has already arrived.

interface Preloadable<M> {
  start: () => Promise<M>;
  lazy: <P extends object>(pick: (module: M) => ComponentType<P>) => ComponentType<P>;
}

/** A chunk that can be fetched ahead of its first render; rendered after it arrived, it does not suspend. */
export function preloadable<M>(load: () => Promise<M>): Preloadable<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const start = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // Not cached: a failed download is tried again on the next render.
        pending = undefined;
        throw error;
      },
    ));
  return {
    start,
    lazy: <P extends object>(pick: (module: M) => ComponentType<P>) =>
      lazy(() => {
        const module = loaded;
        // React's lazy reads a thenable that calls back at once as already resolved: no fallback, no throttle.
        if (module !== undefined)
          return { then: (resolve: (m: { default: ComponentType<P> }) => void) => resolve({ default: pick(module) }) } as never;
        return start().then((m) => ({ default: pick(m) }));
      }),
  };
}

export const appLayoutChunk = preloadable(() => import('./layout/app-layout'));
export const clientPageChunk = preloadable(() => import('../features/clients/components/client-page'));
const overviewChunk = preloadable(() => import('../features/progress/components/overview-tab'));

const CLIENT_RECORD = /^\/clients\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * On a client's record: its chunks, the record, its "Before the session" panel and, when the Overview opens (no tab, or ?tab=overview,
 * whole course), its data and the instruments, requested now rather than one after another. The data
 * only once /api/auth/me says someone is signed in, so a signed-out visit reads nothing.
 */
export function preloadRoute(pathname: string, search: string): void {
  const match = CLIENT_RECORD.exec(pathname);
  if (!match) return;
  const clientId = match[1];
  const params = new URLSearchParams(search);
  const overview = (!params.has('tab') || params.get('tab') === 'overview') && !params.has('range');
  // A failed download shows when the page itself loads the chunk (lazy's error); here it is only a head start.
  for (const chunk of overview ? [appLayoutChunk, clientPageChunk, overviewChunk] : [appLayoutChunk, clientPageChunk]) {
    chunk.start().catch(() => undefined);
  }
  void queryClient
    .fetchQuery(currentUserQuery)
    .then((user) => {
      if (!user) return;
      void queryClient.prefetchQuery(clientQuery(clientId));
      // The "Before the session" panel opens every tab; the page waits for it (client-page.tsx).
      void queryClient.prefetchQuery(prepQuery(clientId));
      if (!overview) return;
      void queryClient.prefetchQuery(progressQuery(clientId));
      void queryClient.prefetchQuery(instrumentsQuery());
    })
    .catch(() => undefined);
}
