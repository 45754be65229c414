import { lazy, type ComponentType } from 'react';

// A lazily loaded chunk that can also be fetched ahead of its first render (app/route-preload.ts starts
// the client page's chunks before React renders). React's own lazy() always suspends on first render, even
// when the module has arrived, and React then holds the fallback for its reveal throttle (about 300 ms).

export interface Preloadable<M> {
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
