import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface ErrorPanelProps {
  title: string;
  message: string;
  actions?: ReactNode;
}

/** A whole-page problem: what happened, in one sentence, and where to go next. */
export function ErrorPanel({ title, message, actions }: ErrorPanelProps) {
  return (
    <Paper withBorder p="xl" maw={560} mx="auto" mt="xl" role="alert">
      <Stack gap="sm">
        <Title order={1} size="h3">
          {title}
        </Title>
        <Text>{message}</Text>
        <Group mt="sm">
          {actions ?? (
            <Button component="a" href="/">
              Go to the start page
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
