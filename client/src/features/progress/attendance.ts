// Attendance: how many booked sessions were attended, cancelled or missed.
import type { AttendanceCounts } from './api/get-progress';

export interface AttendancePart {
  key: 'attended' | 'cancelled' | 'noShow';
  label: string;
  count: number;
  /** Whole percent of all sessions. */
  percent: number;
  colour: string;
}

// Neutral greys and the accent: attendance is a fact, not an alarm.
const PARTS: Omit<AttendancePart, 'count' | 'percent'>[] = [
  { key: 'attended', label: 'Attended', colour: '#3b5bdb' },
  { key: 'cancelled', label: 'Cancelled', colour: '#868e96' },
  { key: 'noShow', label: 'No-show', colour: '#343a40' },
];

export function attendanceParts(counts: AttendanceCounts): { total: number; parts: AttendancePart[] } {
  const total = counts.attended + counts.cancelled + counts.noShow;
  return {
    total,
    parts: PARTS.map((p) => ({
      ...p,
      count: counts[p.key],
      percent: total ? Math.round((counts[p.key] / total) * 100) : 0,
    })),
  };
}

export function attendanceSummary(counts: AttendanceCounts): string {
  const { total, parts } = attendanceParts(counts);
  if (total === 0) return 'No sessions in this period.';
  const [attended, cancelled, noShow] = parts;
  return `${attended.count} of ${total} sessions attended (${attended.percent}%), ${cancelled.count} cancelled, ${noShow.count} no-show.`;
}
