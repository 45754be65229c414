import { Input, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

/** One titled part of the session editor, named for screen readers by its heading. */
export function EditorSection({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

/** A few mutually exclusive choices, all visible (one keystroke each, no list to open). */
export function ChoiceField<T extends string>({
  label,
  data,
  value,
  onChange,
}: {
  label: string;
  data: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" id={id}>
      <div>
        <SegmentedControl<T> data={data} value={value} onChange={onChange} aria-labelledby={`${id}-label`} />
      </div>
    </Input.Wrapper>
  );
}
