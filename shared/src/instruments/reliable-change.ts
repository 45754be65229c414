import type { BetterDirection } from './types';

// Reliable change (Jacobson & Truax 1991, J Consult Clin Psychol 59:12–19; docs/product.md,
// "Reliable change"):
// SEM = SD·√(1 − r); S_diff = √2·SEM; RCI = (x₂ − x₁) / S_diff; |RCI| > 1.96 is reliable change.

/** Two-tailed 95% criterion: a change this many S_diff wide happens by measurement error alone 1 time in 20. */
export const RELIABLE_CHANGE_Z = 1.96;

export const RELIABLE_CHANGE_VERDICTS = ['improved', 'no_change', 'worse'] as const;
export type ReliableChangeVerdict = (typeof RELIABLE_CHANGE_VERDICTS)[number];

/** What the UI says for each verdict (docs/product.md, "Reliable change"). */
export const RELIABLE_CHANGE_LABELS: Record<ReliableChangeVerdict, string> = {
  improved: 'Reliably improved',
  no_change: 'No reliable change',
  worse: 'Reliably worse',
};

/** What the UI says where a scale has no confirmed SD and r, and why (one wording for every screen). */
export const NO_VERDICT_LABEL = 'No verdict';
export const NO_VERDICT_REASON =
  'The published SD and test–retest figures for this scale are not confirmed yet, so no reliable-change verdict is given.';

export interface ReliabilityFigures {
  sd: number;
  r: number;
}

export interface ReliableChange {
  from: number;
  to: number;
  /** Rounded to 2 decimals for display; the verdict is decided on the unrounded value. */
  rci: number;
  verdict: ReliableChangeVerdict;
}

/** S_diff: the spread of differences between two measures expected from measurement error alone. */
export function standardErrorOfDifference({ sd, r }: ReliabilityFigures): number {
  // The figures are constants in the instrument files, so a bad one is a programming error, not user input.
  if (!Number.isFinite(sd) || sd <= 0) throw new RangeError(`SD must be a positive number, got ${sd}`);
  if (!Number.isFinite(r) || r < 0 || r >= 1) throw new RangeError(`r must be at least 0 and below 1, got ${r}`);
  const sem = sd * Math.sqrt(1 - r);
  return Math.SQRT2 * sem;
}

/** Smallest change in scale units that counts as reliable, for an explanatory line beside the chart. */
export function smallestReliableChange(figures: ReliabilityFigures): number {
  return RELIABLE_CHANGE_Z * standardErrorOfDifference(figures);
}

export function reliableChange(first: number, latest: number, figures: ReliabilityFigures, betterDirection: BetterDirection): ReliableChange {
  if (!Number.isFinite(first) || !Number.isFinite(latest)) {
    throw new RangeError(`scores must be finite numbers, got ${first} and ${latest}`);
  }
  const rci = (latest - first) / standardErrorOfDifference(figures);
  return { from: first, to: latest, rci: roundHalfAwayFromZero(rci), verdict: verdictFor(rci, betterDirection) };
}

function verdictFor(rci: number, betterDirection: BetterDirection): ReliableChangeVerdict {
  // Strictly greater: a change exactly at the criterion is not yet beyond measurement error.
  if (Math.abs(rci) <= RELIABLE_CHANGE_Z) return 'no_change';
  const wentDown = rci < 0;
  return wentDown === (betterDirection === 'lower') ? 'improved' : 'worse';
}

// Symmetric rounding so −2.345 and 2.345 show the same magnitude either side of zero.
function roundHalfAwayFromZero(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100 || 0;
}
