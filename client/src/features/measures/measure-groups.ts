// The Questionnaires tab's data: measures grouped by instrument, newest first, and the
// reliable-change verdict between the first and the latest measure of each scale
// (Jacobson & Truax, computed by the shared reliableChangeOnScale; none without confirmed figures).
import {
  INSTRUMENT_CODES,
  INSTRUMENTS,
  isInstrumentCode,
  NO_VERDICT_LABEL,
  RELIABLE_CHANGE_LABELS,
  reliableChangeOnScale,
  type InstrumentCode,
  type ReliableChange,
} from '@securebase/shared';
import type { components } from '../../lib/api-types';
import { formatScore } from './measure-labels';

export type Measure = components['schemas']['MeasureDto'];

/** A result the client sent through a link that no clinician has marked reviewed yet. */
export function isAwaitingReview(measure: Pick<Measure, 'source' | 'reviewedAt'>): boolean {
  return measure.source === 'client' && !measure.reviewedAt;
}

/** Newest administered first; of two on one day, the one entered later first. */
export function byNewest(a: Measure, b: Measure): number {
  if (a.administeredOn !== b.administeredOn) return a.administeredOn < b.administeredOn ? 1 : -1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : -1;
}

export interface ScaleChange {
  scale: string;
  label: string;
  first: Measure;
  latest: Measure;
  /** Null when the scale has no confirmed SD and r (then "No verdict" is shown). */
  change: ReliableChange | null;
}

export interface InstrumentGroup {
  instrument: InstrumentCode;
  /** Newest first. */
  items: Measure[];
  /** One per scale once there are two measures; empty before that. */
  changes: ScaleChange[];
}

/** Reliable change on each scale between the oldest and the newest of `items` (any order). */
export function scaleChanges(instrument: InstrumentCode, items: readonly Measure[]): ScaleChange[] {
  if (items.length < 2) return [];
  const sorted = [...items].sort(byNewest);
  const latest = sorted[0];
  const first = sorted[sorted.length - 1];
  return INSTRUMENTS[instrument].scales.flatMap((scale) => {
    const from = first.scores[scale.code];
    const to = latest.scores[scale.code];
    if (typeof from !== 'number' || typeof to !== 'number') return [];
    return [{ scale: scale.code, label: scale.label, first, latest, change: reliableChangeOnScale(instrument, scale.code, from, to) }];
  });
}

/** Measures by instrument, in the catalogue's order, each newest first; empty instruments left out. */
export function groupByInstrument(items: readonly Measure[], only?: InstrumentCode | null): InstrumentGroup[] {
  const by = new Map<InstrumentCode, Measure[]>();
  for (const item of items) {
    if (!isInstrumentCode(item.instrument) || (only && item.instrument !== only)) continue;
    const list = by.get(item.instrument) ?? [];
    list.push(item);
    by.set(item.instrument, list);
  }
  return INSTRUMENT_CODES.filter((code) => by.has(code)).map((code) => {
    const list = (by.get(code) ?? []).sort(byNewest);
    return { instrument: code, items: list, changes: scaleChanges(code, list) };
  });
}

/** How many measures each instrument has, for the filter's labels. */
export function countByInstrument(items: readonly Measure[]): Partial<Record<InstrumentCode, number>> {
  const counts: Partial<Record<InstrumentCode, number>> = {};
  for (const item of items) if (isInstrumentCode(item.instrument)) counts[item.instrument] = (counts[item.instrument] ?? 0) + 1;
  return counts;
}

/** The verdict in words, or "No verdict" when the scale has no confirmed reliability figures. */
export function verdictText(change: ReliableChange | null): string {
  return change ? RELIABLE_CHANGE_LABELS[change.verdict] : NO_VERDICT_LABEL;
}

/** The reliable change index with a true minus sign: "−3.10", "1.20". */
export function formatRci(rci: number): string {
  return rci < 0 ? `−${Math.abs(rci).toFixed(2)}` : rci.toFixed(2);
}

/** "14 → 6" in the scale's own units. */
export function changeSpan(instrument: InstrumentCode, c: ScaleChange): string {
  const def = INSTRUMENTS[instrument];
  return `${formatScore(def, c.scale, c.first.scores[c.scale])} → ${formatScore(def, c.scale, c.latest.scores[c.scale])}`;
}

/** The instrument filter in the address (?tab=questionnaires&instrument=phq9); anything else is "all". */
export function parseInstrumentFilter(params: URLSearchParams): InstrumentCode | null {
  const value = params.get('instrument');
  return isInstrumentCode(value) ? value : null;
}

export function instrumentFilterSearch(params: URLSearchParams, instrument: InstrumentCode | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (instrument) next.set('instrument', instrument);
  else next.delete('instrument');
  return next;
}
