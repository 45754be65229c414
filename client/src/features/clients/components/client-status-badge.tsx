import { Badge } from '@mantine/core';
import type { ClientStatus } from '@securebase/shared';

const LABELS: Record<ClientStatus, string> = { active: 'Active', discharged: 'Discharged' };

export function ClientStatusBadge({ status }: { status: ClientStatus }) {
  return (
    <Badge variant={status === 'active' ? 'light' : 'outline'} color={status === 'active' ? 'indigo' : 'gray'} tt="none" fw={500} radius="sm">
      {LABELS[status]}
    </Badge>
  );
}
