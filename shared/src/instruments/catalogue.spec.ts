import { INSTRUMENTS, instrumentCatalogue, isInstrumentCode, scaleRange } from './catalogue';
import { INSTRUMENT_CODES } from './types';

// Checks on the definitions themselves, so a typo in an item list or a band fails here rather than in a chart.
describe.each(INSTRUMENT_CODES.map((code) => [code, INSTRUMENTS[code]] as const))('%s definition', (code, instrument) => {
  it('is filed under its own code', () => {
    expect(instrument.code).toBe(code);
  });

  it('has one distinct label per item', () => {
    expect(instrument.itemLabels).toHaveLength(instrument.itemCount);
    expect(new Set(instrument.itemLabels).size).toBe(instrument.itemCount);
    instrument.itemLabels.forEach((label, index) => expect(label.startsWith(`Item ${index + 1} — `)).toBe(true));
  });

  it('marks every reversed item as reversed in its label, and no other', () => {
    instrument.itemLabels.forEach((label, index) => expect(label.endsWith('(reversed)')).toBe(instrument.reversedItems.includes(index + 1)));
  });

  it('uses every item in exactly one scale', () => {
    const used = instrument.scales.flatMap((scale) => scale.items).sort((a, b) => a - b);
    expect(used).toEqual(Array.from({ length: instrument.itemCount }, (_, i) => i + 1));
  });

  it('gives every scale reliability figures in range, or none at all', () => {
    for (const { reliability } of instrument.scales) {
      expect(reliability.source.length).toBeGreaterThan(0);
      if (reliability.sd !== null) expect(reliability.sd).toBeGreaterThan(0);
      if (reliability.r !== null) {
        expect(reliability.r).toBeGreaterThanOrEqual(0);
        expect(reliability.r).toBeLessThan(1);
      }
    }
  });

  it('has bands that cover the banded scale without gaps or overlaps', () => {
    if (instrument.bands.length === 0) {
      expect(instrument.bandScale).toBeUndefined();
      return;
    }
    const scale = instrument.scales.find((s) => s.code === instrument.bandScale);
    expect(scale).toBeDefined();
    const range = scaleRange(instrument, scale!);
    expect(instrument.bands[0].min).toBe(range.min);
    expect(instrument.bands[instrument.bands.length - 1].max).toBe(range.max);
    for (let i = 1; i < instrument.bands.length; i++) {
      expect(instrument.bands[i].min).toBe(instrument.bands[i - 1].max + 1);
    }
  });

  it('watches only items that exist', () => {
    for (const flag of instrument.flags) {
      expect(flag.item).toBeGreaterThanOrEqual(1);
      expect(flag.item).toBeLessThanOrEqual(instrument.itemCount);
    }
  });
});

describe('instrumentCatalogue', () => {
  it('lists the five instruments in the API shape', () => {
    const catalogue = instrumentCatalogue();
    expect(catalogue.map((entry) => entry.code)).toEqual(['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs']);
    const phq9 = catalogue[0];
    expect(phq9).toMatchObject({
      code: 'phq9',
      name: 'PHQ-9',
      itemCount: 9,
      min: 0,
      max: 3,
      // a 9-item sum of 0–3 answers spans 0–27
      subscales: [{ code: 'total', combine: 'sum', min: 0, max: 27, betterDirection: 'lower' }],
      reliability: { sd: 3.5, r: 0.82 },
    });
    expect(phq9.bands.map((band) => band.code)).toEqual(['minimal', 'mild', 'moderate', 'moderately_severe', 'severe']);
  });

  it('gives mean scales the answer range and higher-is-better where it applies', () => {
    const [, gad7, rses, ecrR, ecrRs] = instrumentCatalogue();
    expect(gad7.subscales[0]).toMatchObject({ min: 0, max: 21 });
    expect(rses.subscales[0]).toMatchObject({ min: 0, max: 30, betterDirection: 'higher' });
    expect(ecrR.subscales.map(({ code, min, max }) => ({ code, min, max }))).toEqual([
      { code: 'anxiety', min: 1, max: 7 },
      { code: 'avoidance', min: 1, max: 7 },
    ]);
    expect(ecrRs.subscales.map((scale) => scale.code)).toEqual(['anxiety', 'avoidance']);
    expect(ecrR).not.toHaveProperty('bandScale');
  });
});

describe('isInstrumentCode', () => {
  it.each(['phq9', 'gad7', 'rses', 'ecr_r', 'ecr_rs'])('accepts %s', (code) => {
    expect(isInstrumentCode(code)).toBe(true);
  });
  it.each(['PHQ9', 'ecr-r', '', 9, null])('rejects %p', (code) => {
    expect(isInstrumentCode(code)).toBe(false);
  });
});
