import { INSTRUMENT_CODES, INSTRUMENTS } from '@securebase/shared';
import { itemText, leadIn } from './item-texts';

describe('what the client reads', () => {
  it('drops the item number and scoring notes from the labels', () => {
    expect(itemText(INSTRUMENTS.gad7.itemLabels, 1)).toBe('Worry that will not stop');
    expect(itemText(INSTRUMENTS.rses.itemLabels, 1)).toBe('Moments of feeling no good');
    expect(itemText(['already plain'], 0)).toBe('Already plain');
  });

  it('turns every shared label into a plain text, and has a lead-in for every questionnaire', () => {
    for (const code of INSTRUMENT_CODES) {
      expect(leadIn(code)).not.toBe(leadIn('unknown'));
      INSTRUMENTS[code].itemLabels.forEach((_, i) => {
        const text = itemText(INSTRUMENTS[code].itemLabels, i);
        expect(text).not.toMatch(/^Item \d|reversed|^Question \d/);
        expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase('en'));
      });
    }
  });

  it('falls back to the question number without a label', () => {
    expect(itemText(undefined, 4)).toBe('Question 5');
    expect(itemText(['', 'x'], 0)).toBe('Question 1');
  });
});
