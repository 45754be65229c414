// The rules for a client's details, decided here once: the server refuses what breaks them
// (server/src/clients) and the browser points at the field before sending (client/src/features/clients).
// Each broken rule is named, not worded, because the two sides say it differently: the server
// in the contract's terse field problems, the browser in a sentence for the clinician.
import { isCalendarDate } from './rules';

export const PRONOUNS_MAX_LENGTH = 40;
export const DISCHARGE_REASON_MAX_LENGTH = 2000;
/** No date in a record is earlier; anything before it is a typo (19 for 1990). */
export const EARLIEST_RECORD_DATE = '1900-01-01';

export type ClientDateRule =
  'birth_in_future' | 'birth_too_early' | 'intake_too_far_ahead' | 'intake_too_early' | 'intake_before_birth' | 'discharge_before_intake';

export interface ClientDateProblem {
  field: 'dateOfBirth' | 'intakeDate' | 'dischargedOn';
  rule: ClientDateRule;
}

/** How the server words each rule in a 400's `details` (part of the contract: do not reword). */
export const CLIENT_DATE_PROBLEMS: Record<ClientDateRule, string> = {
  birth_in_future: 'must not be in the future',
  birth_too_early: `must be after ${EARLIEST_RECORD_DATE}`,
  intake_too_far_ahead: 'must not be more than a day in the future',
  intake_too_early: `must be after ${EARLIEST_RECORD_DATE}`,
  intake_before_birth: 'must not be before the date of birth',
  discharge_before_intake: 'must not be before the intake date',
};

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The date rules of a client's record, for the dates given (a missing one is not checked; whether
 * it is required, and whether it is a real date, is the form's or the DTO's concern).
 * Birth is not in the future; intake is at most a day ahead (it may be entered the evening before)
 * and not before birth; neither is before EARLIEST_RECORD_DATE. `today` is a calendar date.
 */
export function clientDateProblems(dates: { dateOfBirth?: string | null; intakeDate?: string | null }, today: string): ClientDateProblem[] {
  const problems: ClientDateProblem[] = [];
  const birth = dates.dateOfBirth && isCalendarDate(dates.dateOfBirth) ? dates.dateOfBirth : null;
  const intake = dates.intakeDate && isCalendarDate(dates.intakeDate) ? dates.intakeDate : null;
  if (birth && birth > today) problems.push({ field: 'dateOfBirth', rule: 'birth_in_future' });
  if (birth && birth < EARLIEST_RECORD_DATE) problems.push({ field: 'dateOfBirth', rule: 'birth_too_early' });
  if (intake && intake > addCalendarDays(today, 1)) problems.push({ field: 'intakeDate', rule: 'intake_too_far_ahead' });
  if (intake && intake < EARLIEST_RECORD_DATE) problems.push({ field: 'intakeDate', rule: 'intake_too_early' });
  if (birth && intake && intake < birth) problems.push({ field: 'intakeDate', rule: 'intake_before_birth' });
  return problems;
}

/** A discharge closes the episode that intake opened, so it cannot come first. */
export function dischargeDateProblems(dischargedOn: string, intakeDate: string): ClientDateProblem[] {
  return dischargedOn < intakeDate ? [{ field: 'dischargedOn', rule: 'discharge_before_intake' }] : [];
}

/**
 * Email for scheduled questionnaires is opt-in: the client agrees to unencrypted email, and the
 * clinician records that by turning `contactByEmail` on. It needs an address to send to, so the
 * address cannot be taken away while it is on.
 */
export function clientContactProblems(contact: {
  email?: string | null;
  contactByEmail?: boolean;
}): { field: 'contactByEmail'; rule: 'email_needed' }[] {
  return contact.contactByEmail && !contact.email?.trim() ? [{ field: 'contactByEmail', rule: 'email_needed' }] : [];
}

/** How the server words it in a 400's `details`. */
export const CLIENT_CONTACT_PROBLEM = 'needs an email address: the client agrees to be emailed at one';
