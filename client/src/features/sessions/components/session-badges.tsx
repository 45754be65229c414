import { Badge } from '@mantine/core';
import type { Attendance, SessionStatus } from '@securebase/shared';
import { ATTENDANCE_LABELS, SESSION_STATUS_LABELS } from '../session-labels';

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return (
    <Badge
      variant="light"
      color={status === 'signed' ? 'teal' : 'yellow'}
      c={status === 'signed' ? 'teal.9' : 'dark.7'}
      radius="sm"
      tt="none"
      fw={600}
    >
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
