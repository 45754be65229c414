import { Badge } from '@mantine/core';
import type { GoalStatus } from '@securebase/shared';
import { GOAL_STATUS_LABELS } from '../goal-rules';

// Background tint and text colour; the word carries the meaning, the tint only echoes it.
const STYLES: Record<GoalStatus, { variant: string; color: string; c: string }> = {
  active: { variant: 'light', color: 'indigo', c: 'indigo.9' },
  achieved: { variant: 'light', color: 'teal', c: 'teal.9' },
  paused: { variant: 'light', color: 'yellow', c: 'dark.7' },
  discontinued: { variant: 'outline', color: 'gray', c: 'gray.8' },
};

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  return (
    <Badge {...STYLES[status]} radius="sm" tt="none" fw={600} style={{ flexShrink: 0 }}>
      {GOAL_STATUS_LABELS[status]}
    </Badge>
  );
}
