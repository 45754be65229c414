// What the client reads on each question: a lead-in per questionnaire and the item's short label.
// The labels are the shared ones the clinician sees (our own short wording, never the published
// item text), turned to the client: without "Item 3 —" and without scoring notes such as "(reversed)".
import { ECR_R } from '../../../shared/src/instruments/ecr-r';
import { ECR_RS } from '../../../shared/src/instruments/ecr-rs';
import { GAD7 } from '../../../shared/src/instruments/gad7';
import { PHQ9 } from '../../../shared/src/instruments/phq9';
import { RSES } from '../../../shared/src/instruments/rses';
import type { InstrumentDefinition } from '../../../shared/src/instruments/types';

const DEFINITIONS: Record<string, InstrumentDefinition> = { phq9: PHQ9, gad7: GAD7, rses: RSES, ecr_r: ECR_R, ecr_rs: ECR_RS };

const LEAD_INS: Record<string, string> = {
  phq9: 'Over the last two weeks, how often has this bothered you?',
  gad7: 'Over the last two weeks, how often has this bothered you?',
  rses: 'How much do you agree that this describes you?',
  ecr_r: 'Thinking of your close relationships, how much does this sound like you?',
  ecr_rs: 'Thinking of the person you have in mind, how much does this sound like you?',
};

export function leadIn(code: string): string {
  return LEAD_INS[code] ?? 'How much does this apply to you?';
}

/** "Item 2 — worry that will not stop" → "Worry that will not stop"; "Question 2" when the code is unknown. */
export function itemText(code: string, item: number): string {
  const label = DEFINITIONS[code]?.itemLabels[item];
  if (!label) return `Question ${item + 1}`;
  const text = label
    .replace(/^Item \d+\s*[—–-]\s*/, '')
    .replace(/\s*\(reversed\)\s*$/, '')
    .trim();
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
