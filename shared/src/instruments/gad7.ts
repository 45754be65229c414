import type { InstrumentDefinition } from './types';

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
  scales: [
    {
      code: 'total',
      label: 'Total',
      items: [1, 2, 3, 4, 5, 6, 7],
      combine: 'sum',
      betterDirection: 'lower',
      reliability: {
        // SD: Löwe et al. (2008), Med Care 46(3):266–274, German general population, n = 5,030. The abstract gives
        // mean (SD) 3.2 (3.5) for women and 2.7 (3.2) for men; we use the women's 3.5, the larger of the two, so the
        // reliable-change threshold errs wide rather than narrow.
        // TODO: replace with the whole-sample SD from the paper's normative table (read from the abstract only).
        sd: 3.5,
        // r: Spitzer et al. (2006), Arch Intern Med 166:1092–1097, test–retest intraclass correlation 0.83, as cited by
        // secondary summaries of the paper. TODO: confirm 0.83 and its retest interval in the paper's Results.
        r: 0.83,
        source:
          'SD: Löwe et al. 2008, Med Care 46:266–274 (German general population, n = 5,030, women); ' +
          'r: Spitzer, Kroenke, Williams & Löwe 2006, Arch Intern Med 166:1092–1097 (test–retest ICC)',
      },
    },
  ],
  bandScale: 'total',
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
