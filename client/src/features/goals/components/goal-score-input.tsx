import { NumberInput, type NumberInputProps } from '@mantine/core';
import { RATING_MAX, RATING_MIN } from '@securebase/shared';

/**
 * A whole number 0–10 (a goal's baseline or target). Out-of-range values are kept as typed, not
 * clamped, so the form's validation can say what is wrong instead of silently changing them.
 */
export function GoalScoreInput(props: NumberInputProps) {
  return <NumberInput required min={RATING_MIN} max={RATING_MAX} allowDecimal={false} allowNegative={false} clampBehavior="none" {...props} />;
}
