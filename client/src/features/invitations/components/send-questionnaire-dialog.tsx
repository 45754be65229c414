import { Alert, Button, Checkbox, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { describeError } from '../../../lib/error-messages';
import { clientDisplayName } from '../../../lib/names';
import type { ClientRecord } from '../../clients/api/get-client';
import { useCreateInvitation, type SentInvitation } from '../api/create-invitation';
import { choiceProblem, DEFAULT_CHOICE, MAX_EXPIRY_DAYS, MAX_INSTRUMENTS, MIN_EXPIRY_DAYS, type InvitationChoice } from '../invitation-rules';
import { InstrumentChoice } from './instrument-choice';
import { InvitationLink } from './invitation-link';

interface SendQuestionnaireDialogProps {
  client: ClientRecord;
  opened: boolean;
  onClose: () => void;
}

/** Choose the questionnaires (and whether to ask for goal ratings), then the link: once, with Copy and a QR code. */
export function SendQuestionnaireDialog({ client, opened, onClose }: SendQuestionnaireDialogProps) {
  const name = clientDisplayName(client);
  const [choice, setChoice] = useState<InvitationChoice>(DEFAULT_CHOICE);
  const [tried, setTried] = useState(false);
  // The link lives here only: closing the dialog forgets it, and no cache ever holds it.
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const create = useCreateInvitation(client.id);
  const problem = choiceProblem(choice);

  const close = () => {
    onClose();
    setSent(null);
    setChoice(DEFAULT_CHOICE);
    setTried(false);
    create.reset();
  };

  const send = () => {
    setTried(true);
    if (problem || create.isPending) return;
    create.mutate(choice, { onSuccess: setSent });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={sent ? `Questionnaire link for ${name}` : `Send a questionnaire to ${name}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {sent ? (
        <InvitationLink invitation={sent} clientName={name} onDone={close} />
      ) : !client.dateOfBirth ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" title="A date of birth is needed first">
            <Text size="sm">The client confirms their date of birth before answering, so add it to {name}’s details, then send the link.</Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send();
          }}
        >
          <Stack gap="lg">
            <InstrumentChoice
              description={`Choose up to ${MAX_INSTRUMENTS}. The client answers on their own phone or computer, one question at a time.`}
              value={choice.instruments}
              onChange={(instruments) => setChoice((c) => ({ ...c, instruments }))}
              error={tried && choice.instruments.length === 0 ? 'Choose at least one questionnaire.' : undefined}
            />
            <Checkbox
              label="Ask the client to rate their goals"
              description="Each active goal from 0 to 10, shown beside your own ratings on the goal chart."
              checked={choice.includeGoals}
              onChange={(event) => {
                const includeGoals = event.currentTarget.checked;
                setChoice((c) => ({ ...c, includeGoals }));
              }}
            />
            <NumberInput
              label="The link works for (days)"
              description="After that it stops working, and so it does once answered."
              min={MIN_EXPIRY_DAYS}
              max={MAX_EXPIRY_DAYS}
              clampBehavior="strict"
              allowDecimal={false}
              value={choice.expiresInDays}
              onChange={(value) => setChoice((c) => ({ ...c, expiresInDays: typeof value === 'number' ? value : Number(value) }))}
              w={220}
            />
            {tried && problem && choice.instruments.length > 0 && (
              <Text size="sm" c="red.8" role="alert">
                {problem}
              </Text>
            )}
            {create.isError && (
              <Alert color="red" variant="light" title="The link was not created" role="alert">
                <Text size="sm">{describeError(create.error)}</Text>
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending}>
                Create link
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
