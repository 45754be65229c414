import { summedTotal } from './total-scale';
import type { InstrumentDefinition, ScaleReliability } from './types';

// Reliable-change figures of the total (docs/product.md, "Questionnaires").
const TOTAL_RELIABILITY: ScaleReliability = {
  // SD: Kocalevent, Hinz & Brähler (2013), Gen Hosp Psychiatry 35(5):551–555, German general-population
  // survey, n = 5,018. Abstract (read on two copies, scinapse.io/papers/2098873622 and
  // peeref.com/zh/works/9880464):
  // "Women had significantly higher mean (S.D.) scores compared with men [3.1 (3.5) vs. 2.7 (3.5)]."
  // The abstract gives no whole-sample SD. With both sexes at 3.5 and means only 0.4 apart, the pooled SD can
  // differ from 3.5 only by rounding (between-group variance ≈ 0.536 × 0.464 × 0.4² ≈ 0.04).
  // TODO: read the whole-sample SD off the paper's normative table (not reachable from here).
  sd: 3.5,
  // r: Ajele & Idemudia (2025), Discover Mental Health (April 2025, doi 10.1007/s44192-025-00181-x), a reliability-
  // generalisation meta-analysis of 60 studies (n = 232,147). Abstract, Results (read on medifind.com and the
  // DOAJ record at library.kab.ac.ug): test–retest reliability pooled over eight studies was 0.82 (95% CI
  // 0.74–0.90). We take this pooled figure over the 0.84 usually quoted from Kroenke et al. (2001), whose Results
  // could not be read here (only second-hand copies of that number were found).
  // Published practice: the IAPT (now NHS Talking Therapies) manual counts a drop of 6 or more on the PHQ-9 as
  // reliable improvement (as quoted on cbtwatch.com, Dr Mike Scott). These figures give a smaller threshold:
  // S_diff = 3.5 × √0.18 × √2 = 3.5 × √0.36 = 2.1, 1.96 × 2.1 = 4.116, so a change of 5 points counts. IAPT's
  // 6 points implies a larger SD, i.e. a treatment-seeking sample rather than the general population.
  r: 0.82,
  source:
    'SD: Kocalevent, Hinz & Brähler 2013, Gen Hosp Psychiatry 35:551–555 (German general population, n = 5,018); ' +
    'r: Ajele & Idemudia 2025, Discover Mental Health, doi 10.1007/s44192-025-00181-x (test–retest pooled over 8 studies, meta-analysis)',
};

// PHQ-9 scoring facts: Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606–613 —
// 9 items answered 0–3, total 0–27; 5, 10, 15 and 20 mark mild, moderate, moderately severe and severe.
export const PHQ9: InstrumentDefinition = {
  code: 'phq9',
  name: 'PHQ-9',
  measures: 'Depression',
  itemCount: 9,
  min: 0,
  max: 3,
  reversedItems: [],
  ...summedTotal(9, 'lower', TOTAL_RELIABILITY),
  bands: [
    { code: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { code: 'mild', label: 'Mild', min: 5, max: 9 },
    { code: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { code: 'moderately_severe', label: 'Moderately severe', min: 15, max: 19 },
    { code: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
  // Any answer above 0 on item 9 is raised however low the total is: the total says nothing about risk.
  flags: [{ code: 'safety_item', label: 'Item 9 answered above 0 — ask about safety', item: 9, above: 0 }],
  itemLabels: [
    'Item 1 — little enjoyment or interest',
    'Item 2 — low or hopeless mood',
    'Item 3 — sleep problems',
    'Item 4 — tiredness, low energy',
    'Item 5 — appetite changes',
    'Item 6 — harsh view of self',
    'Item 7 — hard to concentrate',
    'Item 8 — slowed down or restless',
    'Item 9 — thoughts of death or self-harm',
  ],
};
