import { ratingForKey, ratingValueText, TEN_WINDOW_MS } from './rating-keys';

const press = (key: string, at = 10_000, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({
  key,
  at,
  ...mods,
});

describe('ratingForKey', () => {
  it('sets the rating directly from a digit, whatever it was', () => {
    expect(ratingForKey(press('7'), null, null)).toEqual({ rating: 7 });
    expect(ratingForKey(press('0'), 9, null)).toEqual({ rating: 0 });
    expect(ratingForKey(press('9'), 3, null)).toEqual({ rating: 9 });
  });
  it('sets 10 with T, End, or "1" then "0" typed quickly', () => {
    expect(ratingForKey(press('t'), null, null)).toEqual({ rating: 10 });
    expect(ratingForKey(press('T'), 4, null)).toEqual({ rating: 10 });
    expect(ratingForKey(press('End'), 4, null)).toEqual({ rating: 10 });
    expect(ratingForKey(press('0', 10_400), 1, { key: '1', at: 10_000 })).toEqual({ rating: 10 });
  });
  it('reads a slow "0" after "1" as zero', () => {
    expect(ratingForKey(press('0', 10_000 + TEN_WINDOW_MS + 1), 1, { key: '1', at: 10_000 })).toEqual({ rating: 0 });
  });
  it('reads "0" as zero when the 1 was set some other way', () => {
    expect(ratingForKey(press('0', 10_100), 1, { key: 'ArrowDown', at: 10_000 })).toEqual({ rating: 0 });
    expect(ratingForKey(press('0', 10_100), 2, { key: '1', at: 10_000 })).toEqual({ rating: 0 });
  });
  it('steps with the arrows and pages, within 0–10', () => {
    expect(ratingForKey(press('ArrowUp'), 5, null)).toEqual({ rating: 6 });
    expect(ratingForKey(press('ArrowRight'), 10, null)).toEqual({ rating: 10 });
    expect(ratingForKey(press('ArrowDown'), 5, null)).toEqual({ rating: 4 });
    expect(ratingForKey(press('ArrowLeft'), 0, null)).toEqual({ rating: 0 });
    expect(ratingForKey(press('PageUp'), 9, null)).toEqual({ rating: 10 });
    expect(ratingForKey(press('PageDown'), 1, null)).toEqual({ rating: 0 });
    expect(ratingForKey(press('Home'), 7, null)).toEqual({ rating: 0 });
  });
  it('starts an unrated goal at 0 when stepped', () => {
    expect(ratingForKey(press('ArrowUp'), null, null)).toEqual({ rating: 0 });
    expect(ratingForKey(press('ArrowDown'), null, null)).toEqual({ rating: 0 });
  });
  it('clears with Delete or Backspace', () => {
    expect(ratingForKey(press('Delete'), 6, null)).toEqual({ rating: null });
    expect(ratingForKey(press('Backspace'), 6, null)).toEqual({ rating: null });
  });
  it('leaves other keys and shortcuts to the browser', () => {
    expect(ratingForKey(press('Tab'), 6, null)).toBeNull();
    expect(ratingForKey(press('Enter'), 6, null)).toBeNull();
    expect(ratingForKey(press('a'), 6, null)).toBeNull();
    expect(ratingForKey(press('s', 0, { ctrlKey: true }), 6, null)).toBeNull();
    expect(ratingForKey(press('5', 0, { metaKey: true }), 6, null)).toBeNull();
    expect(ratingForKey(press('t', 0, { altKey: true }), 6, null)).toBeNull();
  });
});

describe('ratingValueText', () => {
  it('says the value in words', () => {
    expect(ratingValueText(null)).toBe('Not rated');
    expect(ratingValueText(6)).toBe('6 out of 10');
  });
});
