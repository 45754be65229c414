import { toCalendarDate } from '@securebase/shared';
import { FieldProblem, InvalidInput } from '../common/errors';

const DAY_MS = 24 * 60 * 60_000;

/** Date rules that need "today": birth not in the future, intake at most a day ahead. */
export function checkClientDates(dto: { dateOfBirth?: string | null; intakeDate?: string }, now: Date): void {
  const problems: FieldProblem[] = [];
  const today = toCalendarDate(now);
  const tomorrow = toCalendarDate(new Date(now.getTime() + DAY_MS));
  if (dto.dateOfBirth && dto.dateOfBirth > today) problems.push({ field: 'dateOfBirth', problem: 'must not be in the future' });
  if (dto.dateOfBirth && dto.dateOfBirth < '1900-01-01') problems.push({ field: 'dateOfBirth', problem: 'must be after 1900-01-01' });
  if (dto.intakeDate && dto.intakeDate > tomorrow) problems.push({ field: 'intakeDate', problem: 'must not be more than a day in the future' });
  if (dto.intakeDate && dto.intakeDate < '1900-01-01') problems.push({ field: 'intakeDate', problem: 'must be after 1900-01-01' });
  if (dto.dateOfBirth && dto.intakeDate && dto.intakeDate < dto.dateOfBirth) {
    problems.push({ field: 'intakeDate', problem: 'must not be before the date of birth' });
  }
  if (problems.length) throw new InvalidInput(problems);
}
