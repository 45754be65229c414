import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import type { SaveProblem } from '../save-session';

interface SaveProblemAlertProps {
  problem: SaveProblem;
  /** The id of the draft being edited; absent for a new session. */
  sessionId?: string;
  /** Saves again over the version now on the server (only offered while it is still a draft). */
  onOverwrite: (version: number) => void;
}

/** Why the session was not saved; after a conflict, the ways on: compare, or save over theirs. */
export function SaveProblemAlert({ problem, sessionId, onOverwrite }: SaveProblemAlertProps) {
  const { overwriteVersion } = problem;
  return (
    <Alert
      color={overwriteVersion !== undefined || problem.signedSince ? 'yellow' : 'red'}
      variant="light"
      title={problem.title}
      role="alert"
      // Yellow's own title colour is too pale on its tint for WCAG AA.
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
    >
      <Stack gap="xs">
        <Text size="sm">{problem.message}</Text>
        {problem.other && problem.other.length > 0 && (
          <List size="sm">
            {problem.other.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {sessionId && (problem.signedSince || typeof overwriteVersion === 'number') && (
          <Group gap="sm">
            <Button component="a" href={`/sessions/${sessionId}`} target="_blank" size="xs" variant="default">
              Open the saved session in a new tab
            </Button>
            {typeof overwriteVersion === 'number' && (
              <Button size="xs" variant="default" onClick={() => onOverwrite(overwriteVersion)}>
                Save my version over theirs
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
