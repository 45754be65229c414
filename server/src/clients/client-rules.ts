import {
  CLIENT_CONTACT_PROBLEM,
  CLIENT_DATE_PROBLEMS,
  clientContactProblems,
  clientDateProblems,
  dischargeDateProblems,
  toCalendarDate,
} from '@securebase/shared';
import { InvalidInput } from '../common/errors';

/** Date rules that need "today" (shared with the browser's form): see clientDateProblems. */
export function checkClientDates(dto: { dateOfBirth?: string | null; intakeDate?: string }, now: Date): void {
  const problems = clientDateProblems(dto, toCalendarDate(now));
  if (problems.length) throw new InvalidInput(problems.map((p) => ({ field: p.field, problem: CLIENT_DATE_PROBLEMS[p.rule] })));
}

export function checkDischargeDate(dischargedOn: string, intakeDate: string): void {
  const problems = dischargeDateProblems(dischargedOn, intakeDate);
  if (problems.length) throw new InvalidInput(problems.map((p) => ({ field: p.field, problem: CLIENT_DATE_PROBLEMS[p.rule] })));
}

export function checkClientContact(contact: { email?: string | null; contactByEmail?: boolean }): void {
  const problems = clientContactProblems(contact);
  if (problems.length) throw new InvalidInput(problems.map((p) => ({ field: p.field, problem: CLIENT_CONTACT_PROBLEM })));
}
