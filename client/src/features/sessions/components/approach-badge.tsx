import { Badge, Group, Text } from '@mantine/core';
import { APPROACH_INFO, type Approach } from '@securebase/shared';

export function ApproachSwatch({ approach }: { approach: Approach }) {
  return <span className="sb-swatch" style={{ background: APPROACH_INFO[approach].colour }} aria-hidden />;
}

/** An approach by name, with its fixed chart colour beside it (never colour alone). */
export function ApproachBadge({ approach }: { approach: Approach }) {
  return (
    <Badge variant="outline" color="gray" radius="sm" tt="none" fw={500} c="gray.9" leftSection={<ApproachSwatch approach={approach} />}>
      {APPROACH_INFO[approach].label}
    </Badge>
  );
}

/** The approach with its swatch, as an option in a list. */
export function ApproachOption({ approach }: { approach: Approach }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <ApproachSwatch approach={approach} />
      <Text size="sm">{APPROACH_INFO[approach].label}</Text>
    </Group>
  );
}
