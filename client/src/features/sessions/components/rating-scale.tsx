import { RATING_MAX, RATING_MIN } from '@securebase/shared';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { ratingForKey, ratingValueText, type KeyPress } from '../rating-keys';

const SCALE = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

interface RatingScaleProps {
  value: number | null;
  onChange: (value: number | null) => void;
  /** The accessible name, e.g. "Rating: Say no without apologising". */
  label: string;
  describedBy?: string;
  invalid?: boolean;
  /** The goal's target, outlined on the scale. */
  target?: number;
  autoFocus?: boolean;
  /** For moving focus here from an error summary. */
  dataPath?: string;
}

/**
 * A 0–10 rating as one focus stop (an ARIA slider): a digit sets the rating at once, T sets 10,
 * arrows step, Delete clears. Each number can also be clicked.
 */
export function RatingScale({ value, onChange, label, describedBy, invalid, target, autoFocus, dataPath }: RatingScaleProps) {
  const ref = useRef<HTMLDivElement>(null);
  const lastKey = useRef<KeyPress | null>(null);

  // Only on mount, as the autoFocus attribute does.
  const focusOnMount = useRef(autoFocus);
  useEffect(() => {
    if (focusOnMount.current) ref.current?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const press = { key: event.key, at: Date.now() };
    const result = ratingForKey({ ...press, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey }, value, lastKey.current);
    lastKey.current = press;
    if (!result) return;
    event.preventDefault();
    if (result.rating !== value) onChange(result.rating);
  };

  return (
    <div
      ref={ref}
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={RATING_MIN}
      aria-valuemax={RATING_MAX}
      aria-valuenow={value ?? undefined}
      aria-valuetext={ratingValueText(value)}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-path={dataPath}
      className="sb-rating"
      onKeyDown={onKeyDown}
    >
      {SCALE.map((n) => (
        <span
          key={n}
          className="sb-rating-cell"
          aria-hidden
          data-selected={n === value || undefined}
          data-target={n === target || undefined}
          title={n === target ? `${n} (target)` : undefined}
          onMouseDown={(event) => {
            // Keep focus on the slider itself, so the keyboard carries on from here.
            event.preventDefault();
            ref.current?.focus();
            onChange(n === value ? null : n);
          }}
        >
          {n}
        </span>
      ))}
    </div>
  );
}
