// Questionnaire trends: one small chart per instrument scale, with the instrument's severity bands
// shaded behind the scores and the reliable-change verdict in words.
import { RELIABLE_CHANGE_LABELS, type ReliableChangeVerdict } from '@securebase/shared';
import type { MeasureSeries } from './api/get-progress';
import type { Instrument } from './api/list-instruments';
import { dayMs } from './time-axis';

/** Light sequential scale, least to most concerning (ColorBrewer OrRd 1–5); dark text reads on all. */
export const BAND_FILLS = ['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59'] as const;

export interface BandArea {
  code: string;
  label: string;
  /** Scores `min`–`max` inclusive. */
  min: number;
  max: number;
  /** Edges on the chart: halfway between neighbouring whole scores, clipped to the scale. */
  y1: number;
  y2: number;
  fill: string;
}

export interface MeasurePoint {
  x: number;
  date: string;
  score: number;
  /** The band's label, when the scale has bands. */
  band: string | null;
}

/** A flag raised by the latest measure (PHQ-9 item 9 above 0), in the instrument's own words. */
export interface LatestFlag {
  code: string;
  label: string;
  date: string;
}

export interface Verdict {
  verdict: ReliableChangeVerdict;
  label: string;
  from: number;
  to: number;
  rci: number;
}

export interface MeasureChart {
  key: string;
  instrument: string;
  scale: string;
  /** "PHQ-9", or "ECR-R: Attachment anxiety" when the instrument has more than one scale. */
  title: string;
  /** What it measures ("Depression"). */
  measures: string | null;
  min: number;
  max: number;
  betterDirection: 'lower' | 'higher';
  bands: BandArea[];
  points: MeasurePoint[];
  verdict: Verdict | null;
  /** Only on the scale the bands belong to (the total), so a flag shows once per instrument. */
  latestFlags: LatestFlag[];
}

/**
 * Band fills by concern: the worst band gets the darkest fill. Which end is worst follows the
 * scale (a low self-esteem score is the concern, a high depression score is).
 */
export function bandFills(count: number, betterDirection: 'lower' | 'higher'): string[] {
  const last = BAND_FILLS.length - 1;
  const fills = Array.from({ length: count }, (_, i) => BAND_FILLS[count === 1 ? 0 : Math.round((i * last) / (count - 1))]);
  return betterDirection === 'lower' ? fills : fills.reverse();
}

export function bandAreas(bands: Instrument['bands'], range: { min: number; max: number }, betterDirection: 'lower' | 'higher'): BandArea[] {
  const ordered = [...bands].sort((a, b) => a.min - b.min);
  const fills = bandFills(ordered.length, betterDirection);
  return ordered.map((band, i) => ({
    code: band.code,
    label: band.label,
    min: band.min,
    max: band.max,
    y1: Math.max(range.min, band.min - 0.5),
    y2: Math.min(range.max, band.max + 0.5),
    fill: fills[i],
  }));
}

export function verdictOf(change: MeasureSeries['reliableChange']): Verdict | null {
  if (!change) return null;
  return {
    verdict: change.verdict,
    label: RELIABLE_CHANGE_LABELS[change.verdict],
    from: change.from,
    to: change.to,
    rci: change.rci,
  };
}

/** The latest point's flags, named as the instrument names them; an earlier flag is history, not an alert. */
export function latestFlags(series: MeasureSeries, instrument: Instrument | undefined): LatestFlag[] {
  const latest = series.points[series.points.length - 1];
  if (!latest || (instrument?.bandScale ?? 'total') !== series.scale) return [];
  return (latest.flags ?? []).map((code) => ({
    code,
    label: instrument?.flags.find((f) => f.code === code)?.label ?? code,
    date: latest.date,
  }));
}

/** Instruments in the catalogue's order, their scales in the instrument's order; unknown ones last. */
export function measureCharts(series: readonly MeasureSeries[], catalogue: readonly Instrument[]): MeasureChart[] {
  const charts = series.map((s) => {
    const instrument = catalogue.find((i) => i.code === s.instrument);
    const scale = instrument?.subscales.find((sc) => sc.code === s.scale);
    const scores = s.points.map((p) => p.score);
    const range = scale ? { min: scale.min, max: scale.max } : { min: Math.min(0, ...scores), max: Math.max(...scores) };
    const betterDirection = scale?.betterDirection ?? 'lower';
    const bands = instrument && instrument.bandScale === s.scale ? bandAreas(instrument.bands, range, betterDirection) : [];
    const bandLabel = (code: string | null) => (code ? (bands.find((b) => b.code === code)?.label ?? code) : null);
    const name = instrument?.name ?? s.instrument;
    const multiScale = (instrument?.subscales.length ?? 1) > 1;
    const chart: MeasureChart = {
      key: `${s.instrument}-${s.scale}`,
      instrument: s.instrument,
      scale: s.scale,
      title: multiScale ? `${name}: ${scale?.label ?? s.scale}` : name,
      measures: instrument?.measures ?? null,
      ...range,
      betterDirection,
      bands,
      points: s.points.map((p) => ({ x: dayMs(p.date), date: p.date, score: p.score, band: bandLabel(p.band) })),
      verdict: verdictOf(s.reliableChange),
      latestFlags: latestFlags(s, instrument),
    };
    const at = catalogue.findIndex((i) => i.code === s.instrument);
    const scaleAt = instrument?.subscales.findIndex((sc) => sc.code === s.scale) ?? 0;
    return { chart, order: (at < 0 ? catalogue.length : at) * 100 + scaleAt };
  });
  return charts.sort((a, b) => a.order - b.order).map((c) => c.chart);
}

/** Y ticks: where the bands begin (so each band's range can be read off), else a few round steps. */
export function scoreTicks(chart: Pick<MeasureChart, 'min' | 'max' | 'bands'>): number[] {
  if (chart.bands.length > 0) return [...new Set([chart.min, ...chart.bands.map((b) => b.min), chart.max])].sort((a, b) => a - b);
  const span = chart.max - chart.min;
  const step = span <= 8 ? 1 : span <= 16 ? 2 : span <= 40 ? 5 : 10;
  const ticks: number[] = [];
  for (let t = chart.min; t <= chart.max; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== chart.max) ticks.push(chart.max);
  return ticks;
}

/** A score as written: whole numbers plain, means to two decimals. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(2);
}

export function measureSummary(chart: MeasureChart): string {
  const first = chart.points[0];
  const last = chart.points[chart.points.length - 1];
  if (!first) return `${chart.title}: no scores in this period.`;
  const words = (p: MeasurePoint) => `${formatScore(p.score)}${p.band ? ` (${p.band})` : ''}`;
  const count = chart.points.length;
  const trend = count === 1 ? `one score, ${words(first)}` : `${count} scores, from ${words(first)} to ${words(last)}`;
  return `${chart.title}, ${chart.min}–${chart.max}: ${trend}.`;
}
