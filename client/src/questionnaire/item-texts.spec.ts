import { INSTRUMENT_CODES, INSTRUMENTS } from '@securebase/shared';
import { itemText, leadIn } from './item-texts';

describe('what the client reads', () => {
  it('drops the item number and scoring notes from the shared labels', () => {
    expect(itemText('gad7', 1)).toBe('Worry that will not stop');
    expect(itemText('rses', 1)).toBe('Moments of feeling no good');
  });

  it('has a text and a lead-in for every item of every questionnaire', () => {
    for (const code of INSTRUMENT_CODES) {
      expect(leadIn(code)).not.toBe(leadIn('unknown'));
      for (let i = 0; i < INSTRUMENTS[code].itemCount; i++) {
        const text = itemText(code, i);
        expect(text).not.toMatch(/^Item \d|reversed|^Question \d/);
        expect(text.length).toBeGreaterThan(3);
      }
    }
  });

  it('falls back to the question number for a questionnaire it does not know', () => {
    expect(itemText('unknown', 4)).toBe('Question 5');
  });
});
