import { summedTotal } from './total-scale';
import type { InstrumentDefinition, ScaleReliability } from './types';

// Reliable-change figures of the total (docs/product.md, "Questionnaires").
const TOTAL_RELIABILITY: ScaleReliability = {
  // SD: Sinclair et al. (2010), Eval Health Prof 33(1):56–80, US adults, n = 503, total on the 0–30 metric.
  // TODO: confirm SD 5.80 in the paper's normative table. Its abstract (read on suppr.wilddata.cn, PubMed
  // 20164106) states the sample and that normative data are given, but no mean or SD; the tables could not be
  // read. Note for whoever confirms it: an SD reported for the 10–40 scoring (items 1–4) is the same number on
  // our 0–30 scoring, since the two differ by a constant 10.
  sd: 5.8,
  // r: two-week test–retest 0.85–0.88 (Rosenberg 1979, as summarised by RAND's education assessment
  // database); we take 0.85, the lower end, so the threshold errs wide.
  // TODO: confirm the interval and sample in Rosenberg's own report (read from secondary summaries only; two
  // more secondary summaries agree in range: the public repo XantX/testRosenberg README gives test–retest
  // 0.82–0.88 citing Blascovich & Tomaka 1993 and Rosenberg 1986, and dssugar/psychtest-jp gives r = 0.85 over
  // two weeks citing Silber & Tippett 1965).
  r: 0.85,
  source:
    'SD: Sinclair et al. 2010, Eval Health Prof 33:56–80 (US adults, n = 503); ' +
    'r: Rosenberg 1979 via RAND assessment summary (two-week test–retest, lower end of .85–.88)',
};

// Rosenberg Self-Esteem Scale scoring facts: Rosenberg (1965), Society and the Adolescent Self-Image —
// 10 items answered 0–3 (strongly disagree … strongly agree), items 2, 5, 6, 8, 9 reversed (3 − x), total 0–30;
// below 15 is the conventional mark of low self-esteem.
export const RSES: InstrumentDefinition = {
  code: 'rses',
  name: 'Rosenberg Self-Esteem Scale',
  measures: 'Self-esteem',
  itemCount: 10,
  min: 0,
  max: 3,
  reversedItems: [2, 5, 6, 8, 9],
  // Unlike the symptom measures, a rising self-esteem score is the client doing better.
  ...summedTotal(10, 'higher', TOTAL_RELIABILITY),
  bands: [
    { code: 'low', label: 'Low', min: 0, max: 14 },
    { code: 'normal', label: 'Within the usual range', min: 15, max: 30 },
  ],
  flags: [],
  // Reversed items say so, because the clinician reads the raw answer on screen, not the keyed one.
  itemLabels: [
    'Item 1 — satisfied with self overall',
    'Item 2 — moments of feeling no good (reversed)',
    'Item 3 — sees own good qualities',
    'Item 4 — as capable as most people',
    'Item 5 — little to feel proud of (reversed)',
    'Item 6 — feeling useless at times (reversed)',
    'Item 7 — of equal worth to others',
    'Item 8 — wants more self-respect (reversed)',
    'Item 9 — sense of being a failure (reversed)',
    'Item 10 — positive stance towards self',
  ],
};
