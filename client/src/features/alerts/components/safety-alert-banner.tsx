import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/dates';
import { describeError } from '../../../lib/error-messages';
import { clientTabPath } from '../../clients/client-tabs';
import { useOpenAlerts, type SafetyAlert } from '../api/list-alerts';
import { useResolveAlert } from '../api/resolve-alert';
import { MAX_NOTE_LENGTH, noteProblem } from '../alert-rules';

function ResolveAlertModal({ alert, clientId, onClose }: { alert: SafetyAlert | null; clientId: string; onClose: () => void }) {
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const resolve = useResolveAlert(clientId);
  const problem = noteProblem(note);
  const close = () => {
    onClose();
    setNote('');
    setTried(false);
    resolve.reset();
  };
  return (
    <Modal opened={alert !== null} onClose={close} title="Resolve the safety alert" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!alert || problem || resolve.isPending) return;
          resolve.mutate({ id: alert.id, note: note.trim() }, { onSuccess: close });
        }}
      >
        <Stack gap="md">
          <Text size="sm">A resolved alert stays in the record with this note and cannot be reopened or changed.</Text>
          <Textarea
            label="What was done"
            description="For example: phoned the client the same day, no current plan or intent, safety plan reviewed."
            required
            autosize
            minRows={3}
            maxLength={MAX_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={tried ? problem : undefined}
            data-autofocus
          />
          {resolve.isError && (
            <Alert color="red" variant="light" title="The alert was not resolved" role="alert">
              <Text size="sm">{describeError(resolve.error)}</Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={resolve.isPending}>
              Resolve alert
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A red banner per open safety alert, with "Resolve" for the care team; nothing when there are none. */
export function SafetyAlertBanner({ clientId, canWrite }: { clientId: string; canWrite: boolean }) {
  const alerts = useOpenAlerts(clientId);
  const [resolving, setResolving] = useState<SafetyAlert | null>(null);
  if (!alerts.data || alerts.data.length === 0) return null;
  return (
    <Stack gap="sm">
      {alerts.data.map((alert) => (
        <Alert
          key={alert.id}
          // Shade 9: white text on it stays well above 4.5:1.
          color="red.9"
          variant="filled"
          title="Safety alert"
          data-alert-id={alert.id}
          styles={{ title: { fontSize: 'var(--mantine-font-size-md)' } }}
        >
          <Group justify="space-between" align="center" gap="sm" wrap="wrap">
            <Text size="sm">
              PHQ-9 item 9 (thoughts of death or self-harm) was answered above 0 on {formatInstant(alert.raisedAt)}. Open until resolved with a note.{' '}
              <Anchor component={Link} to={`${clientTabPath(clientId, 'questionnaires')}&instrument=phq9`} c="white" underline="always" size="sm">
                See the answers
              </Anchor>
            </Text>
            {canWrite && (
              <Button variant="white" color="red.9" size="sm" onClick={() => setResolving(alert)}>
                Resolve
              </Button>
            )}
          </Group>
        </Alert>
      ))}
      {canWrite && <ResolveAlertModal alert={resolving} clientId={clientId} onClose={() => setResolving(null)} />}
    </Stack>
  );
}
