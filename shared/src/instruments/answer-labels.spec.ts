import { ANSWER_LABELS } from './answer-labels';
import { INSTRUMENTS } from './catalogue';
import { INSTRUMENT_CODES } from './types';

describe('answer labels', () => {
  it.each(INSTRUMENT_CODES)('%s has one label per possible answer', (code) => {
    const { min, max } = INSTRUMENTS[code];
    expect(ANSWER_LABELS[code]).toHaveLength(max - min + 1);
    expect(new Set(ANSWER_LABELS[code]).size).toBe(max - min + 1);
  });
});
