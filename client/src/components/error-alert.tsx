import { Alert, Button, Group, Text } from '@mantine/core';
import { describeError, errorTitle, isRetryable, type ErrorSubject } from '../lib/error-messages';

interface ErrorAlertProps {
  error: unknown;
  subject?: ErrorSubject;
  onRetry?: () => void;
  title?: string;
}

/** A failure, said in plain words (never a bare status code), with a retry where one can help. */
export function ErrorAlert({ error, subject, onRetry, title }: ErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title ?? errorTitle(error, subject)} role="alert">
      <Text size="sm">{describeError(error, subject)}</Text>
      {onRetry && isRetryable(error) && (
        <Group mt="sm">
          <Button size="xs" variant="default" onClick={onRetry}>
            Try again
          </Button>
        </Group>
      )}
    </Alert>
  );
}
