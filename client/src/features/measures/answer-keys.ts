// A questionnaire is typed from a paper copy with one hand on the keyboard: a digit in range sets
// the item's answer and moves on to the next item, so a 36-item ECR-R is 36 key presses. The other
// keys do what they do on the goal rating control (rating-keys.ts): arrows step, Home/End jump to
// the ends, Delete clears; Backspace clears, or steps back from an empty item to fix the one before.

export interface AnswerRange {
  min: number;
  max: number;
}

export type AnswerKeyResult =
  /** Set the answer (null clears it), then move focus (or not). */
  | { kind: 'set'; value: number | null; move: 'next' | 'previous' | 'stay' }
  /** Only move focus. */
  | { kind: 'move'; move: 'next' | 'previous' }
  /** A key the box does not take (a digit out of range, a letter): nothing changes; say why. */
  | { kind: 'reject'; reason: string };

export interface AnswerKeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

/** Words for the screen: how the boxes are used. */
export function answerKeysHelp({ min, max }: AnswerRange): string {
  return `Type a digit from ${min} to ${max}: it is kept and the next item opens. Arrows step, Backspace clears, Tab moves.`;
}

export function rangeText({ min, max }: AnswerRange): string {
  return `${min}–${max}`;
}

const clamp = (n: number, { min, max }: AnswerRange) => Math.min(max, Math.max(min, n));

/**
 * What a key does to one item's answer, or null when the key is not the box's (Tab, Escape,
 * function keys, anything with Ctrl/Alt/Meta), so the browser handles it as usual.
 */
export function answerForKey(press: AnswerKeyPress, current: number | null, range: AnswerRange): AnswerKeyResult | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const { key } = press;
  if (/^[0-9]$/.test(key)) {
    const n = Number(key);
    if (n < range.min || n > range.max) return { kind: 'reject', reason: `Answers are ${rangeText(range)}.` };
    return { kind: 'set', value: n, move: 'next' };
  }
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return { kind: 'set', value: current === null ? range.min : clamp(current + 1, range), move: 'stay' };
    case 'ArrowDown':
    case 'ArrowLeft':
      return { kind: 'set', value: current === null ? range.min : clamp(current - 1, range), move: 'stay' };
    case 'Home':
      return { kind: 'set', value: range.min, move: 'stay' };
    case 'End':
      return { kind: 'set', value: range.max, move: 'stay' };
    case 'Delete':
      return { kind: 'set', value: null, move: 'stay' };
    case 'Backspace':
      return current === null ? { kind: 'move', move: 'previous' } : { kind: 'set', value: null, move: 'stay' };
    case 'Enter':
      return { kind: 'move', move: 'next' };
    default:
      // Any other character would only put noise in the box.
      return key.length === 1 ? { kind: 'reject', reason: `Answers are ${rangeText(range)}: type a digit.` } : null;
  }
}

/**
 * What a box's text holds after the browser changed it without a key we saw (a phone keyboard,
 * autofill): its last digit, or null when it was emptied, or undefined when nothing usable is there.
 */
export function answerFromText(text: string, range: AnswerRange): number | null | undefined {
  if (text.trim() === '') return null;
  const digits = text.replace(/\D/g, '');
  if (!digits) return undefined;
  const n = Number(digits.charAt(digits.length - 1));
  return n >= range.min && n <= range.max ? n : undefined;
}

/**
 * Answers pasted as one run ("2 3 1 0…", "2,3,1,0", "2310…"), in item order, or null when any
 * part is not an answer in range (nothing is then filled in: half a paste is worse than none).
 */
export function answersFromPaste(text: string, range: AnswerRange): number[] | null {
  const parts = text
    .trim()
    .split(/[\s,;|]+/)
    .filter(Boolean);
  if (parts.length === 0) return null;
  // Single-digit answers may also come without separators.
  const tokens = parts.length === 1 && /^\d+$/.test(parts[0]) ? parts[0].split('') : parts;
  const answers: number[] = [];
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return null;
    const n = Number(token);
    if (n < range.min || n > range.max) return null;
    answers.push(n);
  }
  return answers;
}

/**
 * Where focus goes after an item: the next item; past the last one, the first item still blank,
 * or the Save button ('save') when every item is answered. Previous stops at the first item.
 */
export function nextFocus(answers: ReadonlyArray<number | null>, index: number, move: 'next' | 'previous'): number | 'save' {
  if (move === 'previous') return Math.max(0, index - 1);
  if (index + 1 < answers.length) return index + 1;
  const blank = answers.findIndex((a) => a === null);
  return blank === -1 ? 'save' : blank;
}

/** What a screen reader says for an item's value. */
export function answerValueText(answer: number | null, range: AnswerRange): string {
  return answer === null ? 'Not answered' : `${answer}, on a scale of ${rangeText(range)}`;
}
