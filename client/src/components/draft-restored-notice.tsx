import { Alert, Button, Group, Text } from '@mantine/core';
import { formatClockTime } from '../lib/local-time';

/** Shown when a page brings back what was typed before a closed tab or a sign-out for inactivity. */
export function DraftRestoredNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  return (
    <Alert color="indigo" variant="light" title="Draft restored" role="status">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          What you typed on this page (last kept at {formatClockTime(new Date(savedAt))}) is back. It is not in the record until you save it.
        </Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          Discard draft
        </Button>
      </Group>
    </Alert>
  );
}
