import { Badge } from '@mantine/core';
import type { Attendance, SessionStatus } from '@securebase/shared';
import { ATTENDANCE_LABELS, SESSION_STATUS_LABELS } from '../session-labels';

// Signed is done; waiting for co-signature is done by the author but not final; a draft is open.
const STATUS_COLOUR: Record<SessionStatus, { color: string; c: string }> = {
  signed: { color: 'teal', c: 'teal.9' },
  pending_cosign: { color: 'blue', c: 'blue.9' },
  draft: { color: 'yellow', c: 'dark.7' },
};

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLOUR[status].color} c={STATUS_COLOUR[status].c} radius="sm" tt="none" fw={600}>
      {SESSION_STATUS_LABELS[status]}
    </Badge>
  );
}

/** Shown only when the client did not attend: attended is the usual case. */
export function AttendanceBadge({ attendance }: { attendance: Attendance }) {
  if (attendance === 'attended') return null;
  return (
    <Badge variant="outline" color="gray" c="gray.8" radius="sm" tt="none" fw={500}>
      {ATTENDANCE_LABELS[attendance]}
    </Badge>
  );
}
