import { INSTRUMENTS, NO_VERDICT_LABEL, RELIABLE_CHANGE_LABELS, type InstrumentCode } from '@securebase/shared';
import type { components } from '../../lib/api-types';

type PrepMeasure = components['schemas']['PrepMeasureDto'];
type PrepGoal = components['schemas']['PrepGoalDto'];

/** "PHQ-9". */
export function instrumentName(instrument: InstrumentCode): string {
  return INSTRUMENTS[instrument].name;
}

/** "PHQ-9", or "ECR-R anxiety" where an instrument has more than one scale. */
export function scaleName(instrument: InstrumentCode, scale: string): string {
  const definition = INSTRUMENTS[instrument];
  if (definition.scales.length === 1) return definition.name;
  const label = definition.scales.find((s) => s.code === scale)?.label ?? scale;
  return `${definition.name} ${label.toLowerCase()}`;
}

export interface Change {
  /** ↑, ↓ or →: which way the score moved. */
  arrow: string;
  /** In words, for the reader and the screen reader: "down from 14, better". */
  words: string;
  /** Whether that way is better for the client, on this scale. */
  tone: 'better' | 'worse' | 'same';
}

/** The move from the previous score, read against which way the scale improves; null with no previous score. */
export function scoreChange(m: Pick<PrepMeasure, 'instrument' | 'scale' | 'direction' | 'previous'>): Change | null {
  if (!m.direction || !m.previous) return null;
  const from = formatNumber(m.previous.score);
  if (m.direction === 'same') return { arrow: '→', words: `same as before (${from})`, tone: 'same' };
  const scale = INSTRUMENTS[m.instrument].scales.find((s) => s.code === m.scale);
  const better = (m.direction === 'down') === (scale?.betterDirection === 'lower');
  return {
    arrow: m.direction === 'up' ? '↑' : '↓',
    words: `${m.direction} from ${from}, ${better ? 'better' : 'worse'}`,
    tone: better ? 'better' : 'worse',
  };
}

/** The band's label ("Moderately severe") or nothing. */
export function bandLabel(instrument: InstrumentCode, band: string | null): string | null {
  if (!band) return null;
  return INSTRUMENTS[instrument].bands.find((b) => b.code === band)?.label ?? band;
}

/** First → latest in words: "Reliably improved (18 → 9)"; "No verdict" where figures are missing; null with one score. */
export function verdictWords(m: Pick<PrepMeasure, 'reliableChange' | 'previous'>): string | null {
  if (m.reliableChange)
    return `${RELIABLE_CHANGE_LABELS[m.reliableChange.verdict]} (${formatNumber(m.reliableChange.from)} → ${formatNumber(m.reliableChange.to)})`;
  return m.previous ? NO_VERDICT_LABEL : null;
}

export const TREND_LABELS: Record<NonNullable<PrepGoal['trend']>, string> = {
  improving: 'Improving',
  stable: 'Stable',
  worsening: 'Worsening',
};

/** The trend word, or why there is none. */
export function trendWords(goal: Pick<PrepGoal, 'trend' | 'lastRatings'>): string {
  if (goal.trend) return TREND_LABELS[goal.trend];
  return goal.lastRatings.length === 0 ? 'Not rated yet' : 'Too few ratings for a trend';
}

/** Scores of mean scales have decimals (ECR 3.61); sums are whole. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/** "1 draft session", "3 draft sessions". */
export function unsignedWords(n: number): string {
  return `${n} draft session${n === 1 ? '' : 's'} not signed yet`;
}
