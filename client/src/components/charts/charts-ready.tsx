import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';

// Charts say when they have drawn, so a page can tell a waiting test or benchmark that every chart
// is on screen (data-charts-ready="true").
//
// They also take turns to draw, and only once they come near the viewport. Mounting a Recharts chart
// costs tens of milliseconds (each chart is a store that settles over several synchronous renders);
// a page of nine mounting at once was one main-thread task of about a second, during which nothing
// painted and no keystroke was handled (docs/performance.md, the client page). Each chart now draws
// in a task of its own when it is within a screen's height of the viewport, and the browser paints
// and takes input in between; a chart far below the fold does no work until it is scrolled towards.
// Printing draws every chart (ChartContainer, `beforeprint`). So data-charts-ready="true" (every
// chart drawn) needs the page scrolled through: e2e/charts.ts, drawEveryChart.

interface ChartsReadyRegistry {
  set: (id: string, drawn: boolean) => void;
  remove: (id: string) => void;
  /** Asks for a turn to draw; `start` is called when it comes. Returns a function that withdraws a waiting request. */
  queue: (id: string, element: Element, start: () => void) => () => void;
  /** The chart has drawn its picture (or is gone): the next one may start, in a later task. */
  done: (id: string) => void;
}

const ChartsReadyContext = createContext<ChartsReadyRegistry | null>(null);

interface Waiting {
  element: Element;
  start: () => void;
}

/** Within this of the viewport a chart may draw: what one scroll shows next. */
export const DRAW_MARGIN = '0px 0px 100% 0px';

/** One chart at a time: the first waiting chart that is in (or near) view; the rest wait until they come near. */
function useDrawQueue() {
  const waiting = useRef(new Map<string, Waiting>());
  const visible = useRef(new Set<Element>());
  const drawing = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const observer = useRef<IntersectionObserver | null>(null);

  const pump = useCallback(() => {
    if (drawing.current !== null || timer.current !== undefined) return;
    // A task of its own: the chart before has painted and pending input has been handled.
    timer.current = setTimeout(() => {
      timer.current = undefined;
      if (drawing.current !== null) return;
      const entries = [...waiting.current];
      // Without IntersectionObserver (an old browser, jsdom) every chart draws, in page order.
      const next = observer.current ? entries.find(([, w]) => visible.current.has(w.element)) : entries[0];
      if (!next) return;
      const [id, w] = next;
      waiting.current.delete(id);
      observer.current?.unobserve(w.element);
      drawing.current = id;
      w.start();
    }, 0);
  }, []);

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) visible.current.add(e.target);
          else visible.current.delete(e.target);
        }
        // A chart scrolled near: its turn may come now.
        pump();
      },
      { rootMargin: DRAW_MARGIN },
    );
    for (const w of waiting.current.values()) observer.current.observe(w.element);
    const pending = timer;
    pump();
    return () => {
      observer.current?.disconnect();
      observer.current = null;
      clearTimeout(pending.current);
    };
  }, [pump]);

  const queue = useCallback(
    (id: string, element: Element, start: () => void) => {
      waiting.current.set(id, { element, start });
      observer.current?.observe(element);
      pump();
      return () => {
        if (waiting.current.delete(id)) observer.current?.unobserve(element);
        visible.current.delete(element);
      };
    },
    [pump],
  );
  const done = useCallback(
    (id: string) => {
      if (drawing.current !== id) return;
      drawing.current = null;
      pump();
    },
    [pump],
  );
  return { queue, done };
}

/** Tracks the charts inside; `children` gets whether every one of them has drawn. */
export function ChartsReady({ children }: { children: (allDrawn: boolean) => ReactNode }) {
  const [charts, setCharts] = useState<Record<string, boolean>>({});
  const set = useCallback((id: string, drawn: boolean) => setCharts((c) => (c[id] === drawn ? c : { ...c, [id]: drawn })), []);
  const remove = useCallback(
    (id: string) =>
      setCharts((c) => {
        if (!(id in c)) return c;
        const rest = { ...c };
        delete rest[id];
        return rest;
      }),
    [],
  );
  const { queue, done } = useDrawQueue();
  const registry = useMemo(() => ({ set, remove, queue, done }), [set, remove, queue, done]);
  const states = Object.values(charts);
  const allDrawn = states.length > 0 && states.every(Boolean);
  return <ChartsReadyContext.Provider value={registry}>{children(allDrawn)}</ChartsReadyContext.Provider>;
}

/**
 * Inside <ChartsReady>, a chart counts as pending from its first layout until it reports itself
 * drawn. Outside, reporting does nothing.
 */
export function useChartReadyReport(id: string): (drawn: boolean) => void {
  const registry = useContext(ChartsReadyContext);
  useLayoutEffect(() => {
    if (!registry) return;
    registry.set(id, false);
    return () => registry.remove(id);
  }, [registry, id]);
  return useCallback((drawn: boolean) => registry?.set(id, drawn), [registry, id]);
}

/**
 * Whether the chart may draw now. Outside <ChartsReady> at once; inside, once `ready` (it has a width)
 * and its turn has come (it is near the viewport and no other chart is drawing). `force` (printing)
 * draws it at once, in the same render. The turn, once given, is kept: a later resize redraws at once.
 */
export function useDrawTurn(id: string, element: { current: Element | null }, ready: boolean, force = false): boolean {
  const registry = useContext(ChartsReadyContext);
  const [turn, setTurn] = useState(registry === null);
  useEffect(() => {
    if (!registry || turn || !ready || !element.current) return;
    return registry.queue(id, element.current, () => setTurn(true));
  }, [registry, id, element, ready, turn]);
  // Printed once, drawn for good: the picture does not vanish after the print dialog closes.
  useEffect(() => {
    if (force && !turn) setTurn(true);
  }, [force, turn]);
  const drawing = (turn || force) && ready;
  useEffect(() => {
    if (drawing) registry?.done(id);
  }, [drawing, registry, id]);
  // Unmounted during its turn (another tab, another range): the others must not wait for it.
  useEffect(() => () => registry?.done(id), [registry, id]);
  return drawing;
}
