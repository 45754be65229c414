import { summedTotal } from './total-scale';
import type { InstrumentDefinition, ScaleReliability } from './types';

// Reliable-change figures of the total (docs/product.md, "Questionnaires").
const TOTAL_RELIABILITY: ScaleReliability = {
  // SD: Löwe et al. (2008), Med Care 46(3):266–274, German general population, n = 5,030. Abstract (read on
  // journals.lww.com and openscience.hamburg.de): "women had significantly higher mean (SD) GAD-7 anxiety
  // scores compared with men [3.2 (3.5) vs. 2.7 (3.2); P < 0.001]". We use the women's 3.5, the larger of the
  // two, so the reliable-change threshold errs wide rather than narrow.
  // TODO: replace with the whole-sample SD from the paper's normative table (not stated in the abstract; Hinz et
  // al. 2017, J Affect Disord 210:338–344, n = 9,721, give only means, 4.07 women vs 3.01 men, in theirs).
  sd: 3.5,
  // r: Spitzer et al. (2006), Arch Intern Med 166:1092–1097, test–retest intraclass correlation 0.83, as cited by
  // secondary summaries of the paper. TODO: confirm 0.83 and its retest interval in the paper's Results: the
  // paper could not be read, and one secondary page (insideprison.com GAD-7 summary) attaches "intraclass
  // correlation = 0.83" to self-report versus clinician-rated scores (procedural validity), not to a retest.
  // Published practice: the IAPT (now NHS Talking Therapies) manual counts a drop of 4 or more on the GAD-7 as
  // reliable improvement (as quoted on cbtwatch.com, Dr Mike Scott). These figures sit right on that line:
  // S_diff = 3.5 × √0.17 × √2 = 2.0408, and a 4-point change gives RCI 1.95998, just inside ±1.96, so we need 5.
  r: 0.83,
  source:
    'SD: Löwe et al. 2008, Med Care 46:266–274 (German general population, n = 5,030, women); ' +
    'r: Spitzer, Kroenke, Williams & Löwe 2006, Arch Intern Med 166:1092–1097 (test–retest ICC)',
};

// GAD-7 scoring facts: Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092–1097 —
// 7 items answered 0–3, total 0–21; 5, 10 and 15 mark mild, moderate and severe.
export const GAD7: InstrumentDefinition = {
  code: 'gad7',
  name: 'GAD-7',
  measures: 'Anxiety',
  itemCount: 7,
  min: 0,
  max: 3,
  reversedItems: [],
  ...summedTotal(7, 'lower', TOTAL_RELIABILITY),
  bands: [
    { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { code: 'mild', label: 'Mild', min: 5, max: 9 },
    { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { code: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
  flags: [],
  itemLabels: [
    'Item 1 — feeling on edge',
    'Item 2 — worry that will not stop',
    'Item 3 — worry about many things',
    'Item 4 — hard to relax',
    'Item 5 — restless, cannot sit still',
    'Item 6 — quick to irritation',
    'Item 7 — sense of dread',
  ],
};
