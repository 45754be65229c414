import { answerForKey, answerFromText, answersFromPaste, answerValueText, nextFocus } from './answer-keys';

const PHQ = { min: 0, max: 3 };
const ECR = { min: 1, max: 7 };

describe('answerForKey', () => {
  it('sets a digit in range and moves on', () => {
    expect(answerForKey({ key: '2' }, null, PHQ)).toEqual({ kind: 'set', value: 2, move: 'next' });
    expect(answerForKey({ key: '0' }, 3, PHQ)).toEqual({ kind: 'set', value: 0, move: 'next' });
    expect(answerForKey({ key: '7' }, null, ECR)).toEqual({ kind: 'set', value: 7, move: 'next' });
  });
  it('refuses a digit out of range and says the range', () => {
    expect(answerForKey({ key: '4' }, null, PHQ)).toEqual({ kind: 'reject', reason: 'Answers are 0–3.' });
    expect(answerForKey({ key: '0' }, 5, ECR)).toEqual({ kind: 'reject', reason: 'Answers are 1–7.' });
    expect(answerForKey({ key: '8' }, 5, ECR)).toMatchObject({ kind: 'reject' });
  });
  it('refuses letters and other characters', () => {
    expect(answerForKey({ key: 'a' }, null, PHQ)).toMatchObject({ kind: 'reject' });
    expect(answerForKey({ key: ' ' }, null, PHQ)).toMatchObject({ kind: 'reject' });
    expect(answerForKey({ key: '-' }, null, PHQ)).toMatchObject({ kind: 'reject' });
  });
  it('steps with the arrows within the range, starting at the lowest answer', () => {
    expect(answerForKey({ key: 'ArrowUp' }, null, ECR)).toEqual({ kind: 'set', value: 1, move: 'stay' });
    expect(answerForKey({ key: 'ArrowUp' }, 4, ECR)).toEqual({ kind: 'set', value: 5, move: 'stay' });
    expect(answerForKey({ key: 'ArrowRight' }, 7, ECR)).toEqual({ kind: 'set', value: 7, move: 'stay' });
    expect(answerForKey({ key: 'ArrowDown' }, 1, PHQ)).toEqual({ kind: 'set', value: 0, move: 'stay' });
    expect(answerForKey({ key: 'ArrowLeft' }, 0, PHQ)).toEqual({ kind: 'set', value: 0, move: 'stay' });
    expect(answerForKey({ key: 'ArrowDown' }, null, PHQ)).toEqual({ kind: 'set', value: 0, move: 'stay' });
  });
  it('jumps to the ends with Home and End', () => {
    expect(answerForKey({ key: 'Home' }, 5, ECR)).toEqual({ kind: 'set', value: 1, move: 'stay' });
    expect(answerForKey({ key: 'End' }, null, PHQ)).toEqual({ kind: 'set', value: 3, move: 'stay' });
  });
  it('clears with Backspace, or steps back from an empty item; Delete only clears', () => {
    expect(answerForKey({ key: 'Backspace' }, 2, PHQ)).toEqual({ kind: 'set', value: null, move: 'stay' });
    expect(answerForKey({ key: 'Backspace' }, null, PHQ)).toEqual({ kind: 'move', move: 'previous' });
    expect(answerForKey({ key: 'Delete' }, 2, PHQ)).toEqual({ kind: 'set', value: null, move: 'stay' });
    expect(answerForKey({ key: 'Delete' }, null, PHQ)).toEqual({ kind: 'set', value: null, move: 'stay' });
  });
  it('moves on with Enter without changing the answer', () => {
    expect(answerForKey({ key: 'Enter' }, 1, PHQ)).toEqual({ kind: 'move', move: 'next' });
  });
  it('leaves Tab, Escape, function keys and shortcuts to the browser', () => {
    expect(answerForKey({ key: 'Tab' }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: 'Escape' }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: 'F5' }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: 'Shift' }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: 's', ctrlKey: true }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: '2', metaKey: true }, null, PHQ)).toBeNull();
    expect(answerForKey({ key: '2', altKey: true }, null, PHQ)).toBeNull();
  });
});

describe('answerFromText', () => {
  it('takes the last digit a phone keyboard put in the box', () => {
    expect(answerFromText('2', PHQ)).toBe(2);
    expect(answerFromText('12', PHQ)).toBe(2);
    expect(answerFromText('', PHQ)).toBeNull();
    expect(answerFromText('x', PHQ)).toBeUndefined();
    expect(answerFromText('9', PHQ)).toBeUndefined();
  });
});

describe('answersFromPaste', () => {
  it('reads runs with or without separators', () => {
    expect(answersFromPaste('0123', PHQ)).toEqual([0, 1, 2, 3]);
    expect(answersFromPaste('1, 2, 3', PHQ)).toEqual([1, 2, 3]);
    expect(answersFromPaste('7\t6\n5', ECR)).toEqual([7, 6, 5]);
    expect(answersFromPaste('1;2|3', PHQ)).toEqual([1, 2, 3]);
  });
  it('refuses the whole paste when any part is not an answer', () => {
    expect(answersFromPaste('0124', PHQ)).toBeNull();
    expect(answersFromPaste('1 2 x', PHQ)).toBeNull();
    expect(answersFromPaste('10 2', ECR)).toBeNull();
    expect(answersFromPaste('  ', PHQ)).toBeNull();
  });
});

describe('nextFocus', () => {
  it('goes to the next item, then to the first blank one, then to Save', () => {
    expect(nextFocus([1, null, null], 0, 'next')).toBe(1);
    expect(nextFocus([null, 2, 3], 2, 'next')).toBe(0);
    expect(nextFocus([1, 2, 3], 2, 'next')).toBe('save');
  });
  it('goes back, stopping at the first item', () => {
    expect(nextFocus([1, 2, 3], 2, 'previous')).toBe(1);
    expect(nextFocus([1, 2, 3], 0, 'previous')).toBe(0);
  });
});

describe('answerValueText', () => {
  it('says the answer and the range, or that there is none', () => {
    expect(answerValueText(2, PHQ)).toBe('2, on a scale of 0–3');
    expect(answerValueText(null, PHQ)).toBe('Not answered');
  });
});
