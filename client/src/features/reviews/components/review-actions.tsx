import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { TEXT_MAX_LENGTH } from '@securebase/shared';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { showServerFieldErrors } from '../../../components/server-form-errors';
import { describeError } from '../../../lib/error-messages';
import { checkText } from '../../clients/client-rules';
import type { TherapySession } from '../../sessions/api/session-types';
import { useCosignSession, useReturnSession } from '../api/review-session';

/**
 * The supervisor's two answers to a waiting session: co-sign it as written, or send it back with a
 * comment. The supervisor never edits the author's text (docs/api.md, "Co-signature").
 */
export function ReviewActions({ session, authorName }: { session: Pick<TherapySession, 'id'>; authorName: string }) {
  const navigate = useNavigate();
  const cosign = useCosignSession();
  const giveBack = useReturnSession();
  const [confirming, setConfirming] = useState(false);
  const [returning, setReturning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { comment: '' },
    validate: { comment: (value: string) => checkText(value, { required: true, max: TEXT_MAX_LENGTH }) },
  });

  const done = (message: string) => {
    notifications.show({ color: 'indigo', message });
    void navigate('/reviews');
  };
  const failed = (error: unknown) => {
    setConfirming(false);
    setReturning(false);
    setProblem(describeError(error));
  };

  // mutateAsync, not mutate's callbacks: the answer updates the cached session, this page stops
  // offering the actions and unmounts them, and mutate's own callbacks would then never run.
  const submitReturn = form.onSubmit(async ({ comment }) => {
    setProblem(null);
    try {
      await giveBack.mutateAsync({ id: session.id, comment: comment.trim() });
      done(`Returned to ${authorName} with your comment.`);
    } catch (error) {
      showServerFieldErrors(form, error, ['comment'], { comment: 'Comment' });
      failed(error);
    }
  });

  const confirmCosign = async () => {
    setProblem(null);
    try {
      await cosign.mutateAsync(session.id);
      done('Session co-signed.');
    } catch (error) {
      failed(error);
    }
  };

  return (
    <Stack gap="sm" className="no-print">
      {problem && (
        <Alert color="red" variant="light" role="alert" title="Nothing was changed">
          {problem}
        </Alert>
      )}
      <Group gap="sm">
        <Button onClick={() => setConfirming(true)}>Co-sign</Button>
        <Button variant="default" onClick={() => setReturning(true)}>
          Return with comment
        </Button>
      </Group>

      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Co-sign this session?" size="md">
        <Stack gap="md">
          <Text size="sm">
            The session becomes final, signed by {authorName} and co-signed by you. Later corrections can only be added as addenda.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} disabled={cosign.isPending}>
              Cancel
            </Button>
            <Button data-autofocus loading={cosign.isPending} onClick={() => void confirmCosign()}>
              Co-sign session
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={returning} onClose={() => setReturning(false)} title="Return with comment" size="lg">
        <form onSubmit={submitReturn} noValidate>
          <Stack gap="md">
            <Textarea
              label="Comment"
              description={`${authorName} sees this above the draft, edits it and signs again. Your comment is kept with the session.`}
              autosize
              minRows={4}
              maxLength={TEXT_MAX_LENGTH}
              data-autofocus
              {...form.getInputProps('comment')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setReturning(false)} disabled={giveBack.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={giveBack.isPending}>
                Return to {authorName}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
