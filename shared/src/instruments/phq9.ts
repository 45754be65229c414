import type { InstrumentDefinition } from './types';

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
  scales: [
    {
      code: 'total',
      label: 'Total',
      items: [1, 2, 3, 4, 5, 6, 7, 8, 9],
      combine: 'sum',
      betterDirection: 'lower',
      reliability: {
        // SD: Kocalevent, Hinz & Brähler (2013), Gen Hosp Psychiatry 35(5):551–555, German general-population
        // survey, n = 5,018; the abstract reports SD 3.5 for women (mean 3.1) and for men (mean 2.7).
        // TODO: confirm the whole-sample SD in the paper's normative table (the sexes share 3.5, so it is 3.5 to
        // one decimal, but it was read from the abstract only).
        sd: 3.5,
        // r: Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606–613, test–retest: PHQ-9 completed in clinic
        // and repeated by a mental health professional by telephone within 48 hours.
        // TODO: confirm 0.84 against the paper's Results; the sources we could read confirm only its α = 0.89.
        r: 0.84,
        source:
          'SD: Kocalevent, Hinz & Brähler 2013, Gen Hosp Psychiatry 35:551–555 (German general population, n = 5,018); ' +
          'r: Kroenke, Spitzer & Williams 2001, J Gen Intern Med 16:606–613 (48-hour test–retest)',
      },
    },
  ],
  bandScale: 'total',
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
