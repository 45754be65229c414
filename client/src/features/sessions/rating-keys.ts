// The 0–10 goal rating control is driven from the keyboard: a digit sets the rating at once
// (docs/screens.md, "Keyboard"). Ten has two ways in: "T", or typing "1" then "0" quickly, the
// way people write it.
import { RATING_MAX, RATING_MIN } from '@securebase/shared';

/** How long after a "1" a "0" still means ten. */
export const TEN_WINDOW_MS = 1000;

export interface KeyPress {
  key: string;
  at: number;
}

export interface RatingKeyResult {
  /** The new rating; null clears it ("not rated"). */
  rating: number | null;
}

/** Words for the screen: how the control is used. */
export const RATING_KEYS_HELP = 'Digits 0–9 set a rating, T (or typing 10) sets 10, arrows step, Delete clears.';

const clamp = (n: number) => Math.min(RATING_MAX, Math.max(RATING_MIN, n));

/**
 * What a key does to a rating, or null when the key is not the control's (Tab, letters, keys
 * with Ctrl/Alt/Meta), so the browser handles it as usual.
 */
export function ratingForKey(
  press: KeyPress & { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean },
  current: number | null,
  previous: KeyPress | null,
): RatingKeyResult | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  const { key } = press;
  if (/^[0-9]$/.test(key)) {
    const typedTen = key === '0' && current === 1 && previous?.key === '1' && press.at - previous.at <= TEN_WINDOW_MS;
    return { rating: typedTen ? RATING_MAX : Number(key) };
  }
  switch (key) {
    case 't':
    case 'T':
    case 'End':
      return { rating: RATING_MAX };
    case 'Home':
      return { rating: RATING_MIN };
    case 'ArrowUp':
    case 'ArrowRight':
      return { rating: current === null ? RATING_MIN : clamp(current + 1) };
    case 'ArrowDown':
    case 'ArrowLeft':
      return { rating: current === null ? RATING_MIN : clamp(current - 1) };
    case 'PageUp':
      return { rating: clamp((current ?? RATING_MIN) + 2) };
    case 'PageDown':
      return { rating: clamp((current ?? RATING_MIN) - 2) };
    case 'Delete':
    case 'Backspace':
      return { rating: null };
    default:
      return null;
  }
}

/** What a screen reader says for the control's value. */
export function ratingValueText(rating: number | null): string {
  return rating === null ? 'Not rated' : `${rating} out of ${RATING_MAX}`;
}
