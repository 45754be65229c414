import { MAX_NOTE_LENGTH, noteProblem } from './alert-rules';

describe('the note that resolves a safety alert', () => {
  it('is required', () => {
    expect(noteProblem('')).toMatch(/^Write what was done/);
    expect(noteProblem('   \n ')).toMatch(/^Write what was done/);
  });
  it('is at most 2,000 characters, counted without the surrounding spaces', () => {
    expect(noteProblem('x'.repeat(MAX_NOTE_LENGTH))).toBeNull();
    expect(noteProblem(`  ${'x'.repeat(MAX_NOTE_LENGTH)}  `)).toBeNull();
    expect(noteProblem('x'.repeat(MAX_NOTE_LENGTH + 1))).toBe('Keep the note to 2,000 characters (now 2,001).');
  });
});
