import type { MeasureSeries } from './api/get-progress';
import type { Instrument } from './api/list-instruments';
import { bandAreas, bandFills, formatScore, measureCharts, measureSummary, scoreTicks, latestFlags, verdictOf } from './measure-charts';
import { dayMs } from './time-axis';

const reliability = { sd: 1, r: 0.8, source: 'test' };
const instrument = (over: Partial<Instrument>): Instrument => ({
  code: 'phq9',
  name: 'PHQ-9',
  measures: 'Depression',
  itemCount: 9,
  min: 0,
  max: 3,
  reversedItems: [],
  subscales: [],
  bands: [],
  flags: [],
  itemLabels: [],
  reliability,
  ...over,
});

const CATALOGUE: Instrument[] = [
  instrument({
    flags: [{ code: 'safety_item', label: 'Item 9 answered above 0 — ask about safety', item: 9, above: 0 }],
    subscales: [
      {
        code: 'total',
        label: 'Total',
        items: [],
        combine: 'sum',
        min: 0,
        max: 27,
        betterDirection: 'lower',
        reliability,
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
  }),
  instrument({
    code: 'ecr_r',
    name: 'ECR-R',
    measures: 'Adult attachment',
    min: 1,
    max: 7,
    subscales: [
      {
        code: 'anxiety',
        label: 'Attachment anxiety',
        items: [],
        combine: 'mean',
        min: 1,
        max: 7,
        betterDirection: 'lower',
        reliability,
      },
      {
        code: 'avoidance',
        label: 'Attachment avoidance',
        items: [],
        combine: 'mean',
        min: 1,
        max: 7,
        betterDirection: 'lower',
        reliability,
      },
    ],
  }),
];

const SERIES: MeasureSeries[] = [
  {
    instrument: 'ecr_r',
    scale: 'avoidance',
    points: [{ date: '2026-05-03', score: 2.78, band: null, flags: [] }],
    reliableChange: null,
  },
  {
    instrument: 'ecr_r',
    scale: 'anxiety',
    points: [{ date: '2026-05-03', score: 5.61, band: null, flags: [] }],
    reliableChange: null,
  },
  {
    instrument: 'phq9',
    scale: 'total',
    points: [
      { date: '2026-05-03', score: 14, band: 'moderate', flags: ['safety_item'] },
      { date: '2026-11-22', score: 5, band: 'mild', flags: [] },
    ],
    reliableChange: { from: 14, to: 5, rci: -4.55, verdict: 'improved' },
  },
];

describe('bands', () => {
  it('shades the worst band darkest, whichever end is worse', () => {
    expect(bandFills(5, 'lower')).toEqual(['#fff7ec', '#fee8c8', '#fdd49e', '#fdbb84', '#fc8d59']);
    expect(bandFills(4, 'lower')).toEqual(['#fff7ec', '#fee8c8', '#fdbb84', '#fc8d59']);
    expect(bandFills(2, 'higher')).toEqual(['#fc8d59', '#fff7ec']);
  });

  it('puts band edges halfway between whole scores, clipped to the scale', () => {
    const areas = bandAreas(
      [
        { code: 'normal', label: 'Within the usual range', min: 15, max: 30 },
        { code: 'low', label: 'Low', min: 0, max: 14 },
      ],
      { min: 0, max: 30 },
      'higher',
    );
    expect(areas).toEqual([
      { code: 'low', label: 'Low', min: 0, max: 14, y1: 0, y2: 14.5, fill: '#fc8d59' },
      { code: 'normal', label: 'Within the usual range', min: 15, max: 30, y1: 14.5, y2: 30, fill: '#fff7ec' },
    ]);
  });
});

describe('measureCharts', () => {
  const charts = measureCharts(SERIES, CATALOGUE);

  it('orders charts as the catalogue does and names multi-scale instruments by scale', () => {
    expect(charts.map((c) => c.title)).toEqual(['PHQ-9', 'ECR-R: Attachment anxiety', 'ECR-R: Attachment avoidance']);
    expect(charts.map((c) => [c.min, c.max])).toEqual([
      [0, 27],
      [1, 7],
      [1, 7],
    ]);
  });

  it('shades bands only on the scale they describe and names each point’s band', () => {
    expect(charts[0].bands.map((b) => [b.label, b.y1, b.y2])).toEqual([
      ['Minimal', 0, 4.5],
      ['Mild', 4.5, 9.5],
      ['Moderate', 9.5, 14.5],
      ['Moderately severe', 14.5, 19.5],
      ['Severe', 19.5, 27],
    ]);
    expect(charts[0].points).toEqual([
      { x: dayMs('2026-05-03'), date: '2026-05-03', score: 14, band: 'Moderate' },
      { x: dayMs('2026-11-22'), date: '2026-11-22', score: 5, band: 'Mild' },
    ]);
    expect(charts[1].bands).toEqual([]);
  });

  it('raises only the latest measure\u2019s flags, once per instrument, in the instrument\u2019s words', () => {
    // SERIES has the safety item on the first PHQ-9 only: history, not an alert.
    expect(charts[0].latestFlags).toEqual([]);
    const flaggedNow: MeasureSeries = {
      instrument: 'phq9',
      scale: 'total',
      points: [
        { date: '2026-05-03', score: 14, band: 'moderate', flags: [] },
        { date: '2026-11-22', score: 3, band: 'minimal', flags: ['safety_item'] },
      ],
      reliableChange: null,
    };
    expect(latestFlags(flaggedNow, CATALOGUE[0])).toEqual([
      { code: 'safety_item', label: 'Item 9 answered above 0 — ask about safety', date: '2026-11-22' },
    ]);
    // A scale the bands do not belong to never repeats the measure's flag.
    expect(latestFlags({ ...flaggedNow, scale: 'other' }, CATALOGUE[0])).toEqual([]);
  });

  it('words the reliable-change verdict', () => {
    expect(charts[0].verdict).toEqual({ verdict: 'improved', label: 'Reliably improved', from: 14, to: 5, rci: -4.55 });
    expect(charts[1].verdict).toBeNull();
    expect(verdictOf({ from: 5, to: 14, rci: 4.55, verdict: 'worse' })?.label).toBe('Reliably worse');
    expect(verdictOf({ from: 5, to: 6, rci: 0.4, verdict: 'no_change' })?.label).toBe('No reliable change');
  });

  it('draws an instrument it does not know on the range of its own scores', () => {
    const [chart] = measureCharts(
      [
        {
          instrument: 'new',
          scale: 'total',
          points: [{ date: '2026-05-03', score: 12, band: null, flags: [] }],
          reliableChange: null,
        },
      ],
      CATALOGUE,
    );
    expect([chart.title, chart.min, chart.max, chart.bands.length]).toEqual(['new', 0, 12, 0]);
  });

  it('ticks the y axis where bands begin, else in round steps', () => {
    expect(scoreTicks(charts[0])).toEqual([0, 5, 10, 15, 20, 27]);
    expect(scoreTicks(charts[1])).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(scoreTicks({ min: 0, max: 30, bands: [] })).toEqual([0, 5, 10, 15, 20, 25, 30]);
    expect(scoreTicks({ min: 0, max: 12, bands: [] })).toEqual([0, 2, 4, 6, 8, 10, 12]);
  });

  it('summarises the chart in words', () => {
    expect(measureSummary(charts[0])).toBe('PHQ-9, 0–27: 2 scores, from 14 (Moderate) to 5 (Mild).');
    expect(measureSummary(charts[1])).toBe('ECR-R: Attachment anxiety, 1–7: one score, 5.61.');
    expect(formatScore(3.5)).toBe('3.50');
  });
});
