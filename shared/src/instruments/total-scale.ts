import type { BetterDirection, InstrumentDefinition, ScaleReliability } from './types';

/**
 * The scoring of a questionnaire with one total: every item, reverse-keyed where the instrument says so, summed
 * into `total`, which is also the score its bands describe (PHQ-9, GAD-7, RSES).
 */
export function summedTotal(
  itemCount: number,
  betterDirection: BetterDirection,
  reliability: ScaleReliability,
): Pick<InstrumentDefinition, 'scales' | 'bandScale'> {
  return {
    scales: [
      {
        code: 'total',
        label: 'Total',
        items: Array.from({ length: itemCount }, (_, index) => index + 1),
        combine: 'sum',
        betterDirection,
        reliability,
      },
    ],
    bandScale: 'total',
  };
}
