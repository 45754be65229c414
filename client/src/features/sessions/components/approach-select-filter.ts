import type { ComboboxItem, OptionsFilter } from '@mantine/core';
import type { Approach } from '@securebase/shared';
import { approachMatches } from '../session-labels';

/** Mantine's option filter for approach selects: "cbt" finds Cognitive-Behavioral Therapy. */
export const approachFilter: OptionsFilter = ({ options, search }) =>
  (options as ComboboxItem[]).filter((option) => approachMatches(option.value as Approach, search));
