// What the client reads on each question: a lead-in per questionnaire and the item's short label.
// The labels come with the verify answer (our own short wording, never the published item text);
// they are written for the clinician's tables, so here they lose "Item 3 —" and scoring notes
// such as "(reversed)", which mean nothing to the client.

const LEAD_INS: Record<string, string> = {
  phq9: 'Over the last two weeks, how often has this bothered you?',
  gad7: 'Over the last two weeks, how often has this bothered you?',
  rses: 'How true is this of you?',
  ecr_r: 'Thinking of your close relationships, how much do you agree?',
  ecr_rs: 'Thinking of the person you have in mind, how much do you agree?',
};

export function leadIn(code: string): string {
  return LEAD_INS[code] ?? 'How much does this apply to you?';
}

/** "Item 2 — worry that will not stop" → "Worry that will not stop"; "Question 2" without a label. */
export function itemText(labels: readonly string[] | undefined, item: number): string {
  const text = (labels?.[item] ?? '')
    .replace(/^Item \d+\s*[—–-]\s*/, '')
    .replace(/\s*\(reversed\)\s*$/, '')
    .trim();
  if (!text) return `Question ${item + 1}`;
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}
