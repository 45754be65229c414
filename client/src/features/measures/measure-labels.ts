// How questionnaires are said on screen: names, item labels (our words, never the instrument's
// wording), scores, bands and flags. Bands are written out and tinted on a light sequential
// scale from the least to the most severe (docs/screens.md, "Colour and type": never colour alone).
import { INSTRUMENT_CODES, INSTRUMENTS, type InstrumentCode, type InstrumentDefinition, type MeasureScore } from '@securebase/shared';

export interface InstrumentOption {
  value: InstrumentCode;
  /** e.g. "PHQ-9 — Depression, 9 items" */
  label: string;
}

export const INSTRUMENT_OPTIONS: InstrumentOption[] = INSTRUMENT_CODES.map((code) => {
  const i = INSTRUMENTS[code];
  return { value: code, label: `${i.name} — ${i.measures}, ${i.itemCount} items` };
});

export function instrumentName(code: string): string {
  return code in INSTRUMENTS ? INSTRUMENTS[code as InstrumentCode].name : code;
}

/** "Item 4 — tiredness, low energy" → "tiredness, low energy" (the number is shown in its own column). */
export function itemShortLabel(instrument: InstrumentDefinition, item: number): string {
  const label = instrument.itemLabels[item - 1] ?? '';
  return label.replace(/^Item\s+\d+\s*[—–-]\s*/, '').replace(/\s*\(reversed\)\s*$/, '');
}

export function isReversed(instrument: InstrumentDefinition, item: number): boolean {
  return instrument.reversedItems.includes(item);
}

/** What a reversed item counts as: (min + max) − answer. */
export function scoredAnswer(instrument: InstrumentDefinition, item: number, answer: number): number {
  return isReversed(instrument, item) ? instrument.min + instrument.max - answer : answer;
}

/** A sum is a whole number; a mean is shown with two decimals, as it is stored. */
export function formatScore(instrument: InstrumentDefinition, scale: string, score: number): string {
  const definition = instrument.scales.find((s) => s.code === scale);
  return definition?.combine === 'mean' ? score.toFixed(2) : String(score);
}

export interface ScoreLine {
  scale: string;
  label: string;
  value: string;
}

/** One line per scale, in the instrument's order ("Total 14"; "Attachment anxiety 3.44"). */
export function scoreLines(instrument: InstrumentDefinition, scores: Readonly<Record<string, number>>): ScoreLine[] {
  return instrument.scales
    .filter((s) => typeof scores[s.code] === 'number')
    .map((s) => ({ scale: s.code, label: s.label, value: formatScore(instrument, s.code, scores[s.code]) }));
}

/** Light tints, least → most severe: readable with dark text (WCAG AA), told apart by the written name. */
export const BAND_TINTS = ['#eef2f6', '#fdf6d8', '#fde8cf', '#fbdccb', '#f8d0d0'] as const;

export interface BandInfo {
  code: string;
  label: string;
  /** 0 = least severe. */
  severity: number;
  tint: string;
}

/**
 * The band's name and its place on the severity scale. Bands are listed by score; on a scale where
 * higher is better (self-esteem) the lowest band is the most severe.
 */
export function bandInfo(instrument: InstrumentDefinition, band: string | null | undefined): BandInfo | null {
  if (!band) return null;
  const index = instrument.bands.findIndex((b) => b.code === band);
  if (index === -1) return { code: band, label: band, severity: 0, tint: BAND_TINTS[0] };
  const n = instrument.bands.length;
  const scale = instrument.scales.find((s) => s.code === instrument.bandScale);
  const severity = scale?.betterDirection === 'higher' ? n - 1 - index : index;
  // Spread the bands over the whole scale: two bands are its two ends, five use every step.
  const step = n <= 1 ? 0 : Math.round((severity * (BAND_TINTS.length - 1)) / (n - 1));
  return { code: band, label: instrument.bands[index].label, severity, tint: BAND_TINTS[step] };
}

export interface FlagInfo {
  code: string;
  /** Short, for lists: "Safety item". */
  short: string;
  /** The instrument's own sentence: "Item 9 answered above 0 — ask about safety". */
  label: string;
}

const FLAG_SHORT: Record<string, string> = { safety_item: 'Safety item' };

export function flagInfo(instrument: InstrumentDefinition, flag: string): FlagInfo {
  const rule = instrument.flags.find((f) => f.code === flag);
  return { code: flag, short: FLAG_SHORT[flag] ?? rule?.label ?? flag, label: rule?.label ?? flag };
}

/** "Total 14 (Moderate)" — the whole result in words, for a screen reader or a notification. */
export function resultSentence(instrument: InstrumentDefinition, result: Pick<MeasureScore, 'scores' | 'band'>): string {
  const scores = scoreLines(instrument, result.scores)
    .map((line) => `${line.label} ${line.value}`)
    .join(', ');
  const band = bandInfo(instrument, result.band);
  return band ? `${scores} (${band.label})` : scores;
}
