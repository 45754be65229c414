import type { CSSProperties, ReactNode } from 'react';

/** How a series is drawn in the legend: a line (solid, dashed, dotted), a marker or a filled box. */
export type LegendMark =
  'line' | 'dashed' | 'dotted' | 'box' | 'circle' | 'ringed-circle' | 'hollow-circle' | 'square' | 'triangle' | 'diamond' | 'star';

export interface ChartSeries {
  label: ReactNode;
  colour: string;
  mark?: LegendMark;
  /** A second mark drawn over the first, e.g. a line with its marker. */
  marker?: LegendMark;
  /** Outline for a light fill (schema's yellow). */
  outline?: string;
}

/**
 * Series key → label and colour, one place per chart (the idea of shadcn/ui's chart.tsx). The
 * container writes each colour as a CSS variable, `--color-<key>`, for the chart's SVG to use.
 */
export type ChartConfig = Record<string, ChartSeries>;

export function chartColourVariables(config: ChartConfig): CSSProperties {
  return Object.fromEntries(Object.entries(config).map(([key, s]) => [`--color-${key}`, s.colour])) as CSSProperties;
}
