// Shapes shared by every outcome questionnaire (docs/product.md, "Questionnaires").
// An instrument is pure data; scoring, validation and reliable change read it and never special-case a code.

export const INSTRUMENT_CODES = ['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs'] as const;
export type InstrumentCode = (typeof INSTRUMENT_CODES)[number];

/** Which way a scale moves when the client is doing better; reliable change reads it to name the verdict. */
export type BetterDirection = 'lower' | 'higher';

/** How a scale's (already reverse-keyed) answers become one number. */
export type Combine = 'sum' | 'mean';

/** Inclusive score range with our code and label, e.g. PHQ-9 10–14 `moderate`. */
export interface Band {
  code: string;
  label: string;
  min: number;
  max: number;
}

/**
 * The two figures Jacobson & Truax (1991) need, with where they come from.
 * `null` means no published figure has been confirmed yet: reliable change is then not computed
 * rather than computed from a guess.
 */
export interface ScaleReliability {
  /** Standard deviation of the scale score in a reference sample, in the scale's own units. */
  sd: number | null;
  /** Test–retest reliability of the scale score. */
  r: number | null;
  /** Author, year, journal and sample the figures were taken from. */
  source: string;
}

export interface ScaleDefinition {
  /** Key in `scores`, e.g. `total`, `anxiety`, `avoidance`. */
  code: string;
  label: string;
  /** 1-based item numbers that make up the scale. */
  items: readonly number[];
  combine: Combine;
  betterDirection: BetterDirection;
  reliability: ScaleReliability;
}

export interface FlagRule {
  /** Flag code as the dashboard shows it (docs/product.md, "Caseload flags"). */
  code: string;
  label: string;
  /** 1-based item number the rule watches. */
  item: number;
  /** The flag is raised when the answer is strictly greater than this. */
  above: number;
}

export interface InstrumentDefinition {
  code: InstrumentCode;
  name: string;
  /** What the questionnaire measures, in the clinic's words. */
  measures: string;
  itemCount: number;
  /** Lowest and highest answer allowed on every item. */
  min: number;
  max: number;
  /** 1-based item numbers scored as (min + max) − answer before anything is combined. */
  reversedItems: readonly number[];
  scales: readonly ScaleDefinition[];
  /** Which scale the bands describe; absent when the instrument has no bands. */
  bandScale?: string;
  bands: readonly Band[];
  flags: readonly FlagRule[];
  /** One short label per item in our own words (never the instrument's wording); index 0 is item 1. */
  itemLabels: readonly string[];
}

/** A validation problem the server returns in `details` and the browser shows beside the field. */
export interface FieldProblem {
  field: string;
  problem: string;
}

export interface MeasureScore {
  scores: Record<string, number>;
  band?: string;
  flags: string[];
}

export type ScoreOutcome = { ok: true; result: MeasureScore } | { ok: false; errors: FieldProblem[] };
