import { Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { GOAL_DOMAIN_LABELS } from '@securebase/shared';
import { useId } from 'react';
import { Link } from 'react-router';
import { clientTabPath } from '../../clients/client-tabs';
import type { Goal } from '../../goals/api/list-goals';
import { RATING_KEYS_HELP } from '../rating-keys';
import { RATING_COMMENT_MAX_LENGTH, ratingPath, type RatingValues, type SessionFormValues } from '../session-form';
import { EditorSection } from './editor-section';
import { RatingScale } from './rating-scale';

interface GoalRatingsSectionProps {
  form: UseFormReturnType<SessionFormValues>;
  clientId: string;
  /** The goals rated this session: the active ones. */
  activeGoals: readonly Goal[];
  /** The goal whose scale takes the focus when the page opens (a new session starts rating). */
  autoFocusGoalId: string | undefined;
}

/** A 0–10 rating and an optional comment for each active goal; an unrated goal is skipped. */
export function GoalRatingsSection({ form, clientId, activeGoals, autoFocusGoalId }: GoalRatingsSectionProps) {
  const helpId = useId();
  const values = form.getValues();

  // Setting the whole entry clears only its own error; the comment's error goes too.
  const setRating = (goalId: string, next: RatingValues) => {
    form.setFieldValue('ratings', { ...form.getValues().ratings, [goalId]: next });
    form.clearFieldError(ratingPath(goalId));
    form.clearFieldError(ratingPath(goalId, 'comment'));
  };

  return (
    <EditorSection title="Goal ratings" description={<span id={helpId}>{RATING_KEYS_HELP} Leave a goal unrated to skip it.</span>}>
      {activeGoals.length === 0 ? (
        <Text size="sm">
          This client has no active goals to rate.{' '}
          <Anchor component={Link} to={clientTabPath(clientId, 'goals')}>
            Set goals on the client page
          </Anchor>
          .
        </Text>
      ) : (
        <Stack gap="md">
          {activeGoals.map((goal) => {
            const entry = values.ratings[goal.id] ?? { rating: null, comment: '' };
            const ratingError = form.errors[ratingPath(goal.id)];
            const commentError = form.errors[ratingPath(goal.id, 'comment')];
            const setEntry = (next: Partial<RatingValues>) => setRating(goal.id, { ...entry, ...next });
            return (
              <div key={goal.id}>
                <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
                  {GOAL_DOMAIN_LABELS[goal.domain]}
                </Text>
                <Group justify="space-between" gap="xs" wrap="wrap" align="baseline">
                  <Text fw={500}>{goal.title}</Text>
                  <Text size="xs" c="dimmed" className="tabular-figures">
                    Baseline {goal.baseline}
                    {goal.latestRating !== null && ` · last ${goal.latestRating}`} · target {goal.target}
                  </Text>
                </Group>
                <Group gap="sm" mt={6} wrap="wrap" align="flex-start">
                  <RatingScale
                    value={entry.rating}
                    onChange={(rating) => setEntry({ rating })}
                    label={`Rating: ${goal.title}`}
                    describedBy={helpId}
                    invalid={Boolean(ratingError)}
                    target={goal.target}
                    autoFocus={goal.id === autoFocusGoalId}
                    dataPath={ratingPath(goal.id)}
                  />
                  <TextInput
                    aria-label={`Comment: ${goal.title}`}
                    placeholder="Comment (optional)"
                    value={entry.comment}
                    onChange={(event) => setEntry({ comment: event.currentTarget.value })}
                    maxLength={RATING_COMMENT_MAX_LENGTH}
                    error={commentError}
                    style={{ flex: 1, minWidth: 220 }}
                  />
                </Group>
                {ratingError && (
                  <Text size="xs" c="red.8" mt={4} role="alert">
                    {ratingError}
                  </Text>
                )}
              </div>
            );
          })}
        </Stack>
      )}
    </EditorSection>
  );
}
