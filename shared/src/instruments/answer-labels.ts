import type { InstrumentCode } from './types';

/**
 * What each answer means, for the client's own page: index 0 is the instrument's lowest answer.
 * Short words of our own (never the instruments' published wording), chosen so a client can pick
 * one on a phone without a legend.
 */
const HOW_OFTEN = ['Never', 'Some days', 'Most days', 'Almost every day'];
const AGREE_7 = ['Disagree strongly', 'Disagree', 'Disagree a little', 'Neither', 'Agree a little', 'Agree', 'Agree strongly'];

export const ANSWER_LABELS: Readonly<Record<InstrumentCode, readonly string[]>> = {
  // Both ask how often something happened over the last two weeks, 0 to 3.
  phq9: HOW_OFTEN,
  gad7: HOW_OFTEN,
  // 0 to 3, from disagreeing to agreeing; the scorer reverses the negatively worded items.
  rses: ['Not true of me', 'Mostly not true', 'Mostly true', 'Very true of me'],
  // 1 to 7 agreement.
  ecr_r: AGREE_7,
  ecr_rs: AGREE_7,
};
