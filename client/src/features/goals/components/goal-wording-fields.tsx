import { Textarea, TextInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { TEXT_MAX_LENGTH } from '@securebase/shared';
import { GOAL_FIELD_LABELS as LABELS, GOAL_TITLE_MAX_LENGTH } from '../goal-rules';

interface GoalWordingFieldsProps {
  title: GetInputPropsReturnType;
  description: GetInputPropsReturnType;
  /** Help under the title, for a goal being written for the first time. */
  titleHint?: string;
  /** Whether the title takes the focus when the dialog opens. */
  autoFocus?: boolean;
}

/** A goal's title and description, in the clinician's words: the same fields in "Add goal" and "Edit goal". */
export function GoalWordingFields({ title, description, titleHint, autoFocus = false }: GoalWordingFieldsProps) {
  return (
    <>
      <TextInput
        label={LABELS.title}
        description={titleHint}
        required
        maxLength={GOAL_TITLE_MAX_LENGTH}
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        {...title}
      />
      <Textarea label={LABELS.description} autosize minRows={2} maxLength={TEXT_MAX_LENGTH} {...description} />
    </>
  );
}
