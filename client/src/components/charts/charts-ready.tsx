import { createContext, useCallback, useContext, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';

// Charts say when they have drawn, so a page can tell a waiting test or benchmark that every chart
// is on screen (data-charts-ready="true").

interface ChartsReadyRegistry {
  set: (id: string, drawn: boolean) => void;
  remove: (id: string) => void;
}

const ChartsReadyContext = createContext<ChartsReadyRegistry | null>(null);

/** Tracks the charts inside; `children` gets whether every one of them has drawn. */
export function ChartsReady({ children }: { children: (allDrawn: boolean) => ReactNode }) {
  const [charts, setCharts] = useState<Record<string, boolean>>({});
  const set = useCallback(
    (id: string, drawn: boolean) => setCharts((c) => (c[id] === drawn ? c : { ...c, [id]: drawn })),
    [],
  );
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
  const registry = useMemo(() => ({ set, remove }), [set, remove]);
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
