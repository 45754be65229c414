// The browser checks a client's details with the rules the server applies (both from
// @securebase/shared), so a mistake is pointed out before sending; the server has the last word.
import {
  ATTACHMENT_STYLES,
  clientContactProblems,
  clientDateProblems,
  DISCHARGE_REASON_MAX_LENGTH,
  dischargeDateProblems,
  EARLIEST_RECORD_DATE,
  isCalendarDate,
  NAME_MAX_LENGTH,
  PRESENTING_PATTERNS,
  PRONOUNS_MAX_LENGTH,
  type AttachmentStyle,
  type ClientDateRule,
  type PresentingPattern,
} from '@securebase/shared';
import { addDays, formatCalendarDate, formatInstant } from '../../lib/dates';
import { checkEmail } from '../../lib/email';

/** The shared date rules, said to the clinician. */
const DATE_RULE_SENTENCES: Record<ClientDateRule, string> = {
  birth_in_future: 'Date of birth cannot be in the future',
  birth_too_early: `Date of birth must be after ${EARLIEST_RECORD_DATE}`,
  intake_too_far_ahead: 'Intake date cannot be more than a day in the future',
  intake_too_early: `Intake date must be after ${EARLIEST_RECORD_DATE}`,
  intake_before_birth: 'Intake date cannot be before the date of birth',
  discharge_before_intake: 'Discharge cannot be before the intake date',
};

export interface ClientFormValues {
  firstName: string;
  lastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  intakeDate: string;
  attachmentStyle: AttachmentStyle;
  presentingPatterns: PresentingPattern[];
  email: string;
  /** The client agreed to receive questionnaire links by (unencrypted) email. */
  contactByEmail: boolean;
}

export type ClientField = keyof ClientFormValues;
export type ClientFormErrors = Partial<Record<ClientField, string>>;

export const CLIENT_FIELDS: readonly ClientField[] = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'dateOfBirth',
  'intakeDate',
  'attachmentStyle',
  'presentingPatterns',
  'email',
  'contactByEmail',
];

export const CLIENT_FIELD_LABELS: Record<ClientField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  intakeDate: 'Intake date',
  attachmentStyle: 'Attachment style',
  presentingPatterns: 'Presenting patterns',
  email: 'Email',
  contactByEmail: 'The client agrees to receive questionnaire links by email',
};

export function emptyClientForm(today: string): ClientFormValues {
  return {
    firstName: '',
    lastName: '',
    preferredName: '',
    pronouns: '',
    dateOfBirth: '',
    intakeDate: today,
    attachmentStyle: 'unassessed',
    presentingPatterns: [],
    email: '',
    contactByEmail: false,
  };
}

export function checkText(value: string, { required, max }: { required: boolean; max: number }): string | null {
  const trimmed = value.trim();
  if (required && !trimmed) return 'Required';
  if (trimmed.length > max) return `Must be at most ${max} characters`;
  return null;
}

/** Required and real-date checks first (the form's own); then the shared date rules, first broken one per field. */
function checkDates(values: Pick<ClientFormValues, 'dateOfBirth' | 'intakeDate'>, today: string): ClientFormErrors {
  const errors: ClientFormErrors = {};
  if (values.dateOfBirth && !isCalendarDate(values.dateOfBirth)) errors.dateOfBirth = 'Enter a real date (YYYY-MM-DD)';
  if (!values.intakeDate) errors.intakeDate = 'Required';
  else if (!isCalendarDate(values.intakeDate)) errors.intakeDate = 'Enter a real date (YYYY-MM-DD)';
  for (const { field, rule } of clientDateProblems(values, today)) {
    if (field !== 'dischargedOn') errors[field] ??= DATE_RULE_SENTENCES[rule];
  }
  return errors;
}

export function validateClientForm(values: ClientFormValues, today: string): ClientFormErrors {
  const errors: ClientFormErrors = {
    firstName: checkText(values.firstName, { required: true, max: NAME_MAX_LENGTH }) ?? undefined,
    lastName: checkText(values.lastName, { required: true, max: NAME_MAX_LENGTH }) ?? undefined,
    preferredName: checkText(values.preferredName, { required: false, max: NAME_MAX_LENGTH }) ?? undefined,
    pronouns: checkText(values.pronouns, { required: false, max: PRONOUNS_MAX_LENGTH }) ?? undefined,
    ...checkDates(values, today),
    attachmentStyle: ATTACHMENT_STYLES.includes(values.attachmentStyle) ? undefined : 'Choose an attachment style',
    presentingPatterns: values.presentingPatterns.every((p) => PRESENTING_PATTERNS.includes(p)) ? undefined : 'Choose from the listed patterns',
    email: checkEmail(values.email, { required: false }) ?? undefined,
    contactByEmail: clientContactProblems(values).length ? 'Add the client’s email address first' : undefined,
  };
  for (const field of CLIENT_FIELDS) if (errors[field] === undefined) delete errors[field];
  return errors;
}

/** The body of POST /api/clients: trimmed, empty optional fields left out. */
export function toNewClient(values: ClientFormValues) {
  const optional = (value: string) => value.trim() || undefined;
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    preferredName: optional(values.preferredName),
    pronouns: optional(values.pronouns),
    dateOfBirth: optional(values.dateOfBirth),
    intakeDate: values.intakeDate,
    attachmentStyle: values.attachmentStyle,
    presentingPatterns: values.presentingPatterns,
    email: optional(values.email),
    contactByEmail: values.contactByEmail,
  };
}

export interface ClientDetails {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string | null;
  intakeDate: string;
  attachmentStyle: AttachmentStyle;
  presentingPatterns: PresentingPattern[];
  email: string | null;
  contactByEmail: boolean;
}

export function clientFormValues(client: ClientDetails): ClientFormValues {
  return {
    firstName: client.firstName,
    lastName: client.lastName,
    preferredName: client.preferredName ?? '',
    pronouns: client.pronouns ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    intakeDate: client.intakeDate,
    attachmentStyle: client.attachmentStyle,
    presentingPatterns: [...client.presentingPatterns],
    email: client.email ?? '',
    contactByEmail: client.contactByEmail,
  };
}

function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

/**
 * Only what the clinician changed goes into PATCH, so an edit never rewrites a field someone
 * else touched; a cleared optional field is sent as null, which the server reads as "clear".
 */
export function clientChanges(original: ClientDetails, values: ClientFormValues) {
  const changes: {
    firstName?: string;
    lastName?: string;
    preferredName?: string | null;
    pronouns?: string | null;
    dateOfBirth?: string | null;
    intakeDate?: string;
    attachmentStyle?: AttachmentStyle;
    presentingPatterns?: PresentingPattern[];
    email?: string | null;
    contactByEmail?: boolean;
  } = {};
  const nullable = (value: string) => value.trim() || null;

  if (values.firstName.trim() !== original.firstName) changes.firstName = values.firstName.trim();
  if (values.lastName.trim() !== original.lastName) changes.lastName = values.lastName.trim();
  if (nullable(values.preferredName) !== original.preferredName) changes.preferredName = nullable(values.preferredName);
  if (nullable(values.pronouns) !== original.pronouns) changes.pronouns = nullable(values.pronouns);
  if (nullable(values.dateOfBirth) !== original.dateOfBirth) changes.dateOfBirth = nullable(values.dateOfBirth);
  if (values.intakeDate !== original.intakeDate) changes.intakeDate = values.intakeDate;
  if (values.attachmentStyle !== original.attachmentStyle) changes.attachmentStyle = values.attachmentStyle;
  if (!samePatterns(values.presentingPatterns, original.presentingPatterns)) {
    changes.presentingPatterns = values.presentingPatterns;
  }
  // The server stores addresses in lower case, so a change of case alone is no change.
  const email = nullable(values.email)?.toLowerCase() ?? null;
  if (email !== original.email) changes.email = email;
  if (values.contactByEmail !== original.contactByEmail) changes.contactByEmail = values.contactByEmail;
  return changes;
}

function sameValue(a: ClientFormValues[ClientField], b: ClientFormValues[ClientField]): boolean {
  return Array.isArray(a) && Array.isArray(b) ? samePatterns(a, b) : a === b;
}

/**
 * After a 409: lay the clinician's own edits over the latest saved record. Fields they did not
 * touch take the new saved values; fields they did touch keep their text. `overlapping` names
 * the fields both people changed, so the clinician can look at those before saving again.
 */
export function rebaseClientForm(startedFrom: ClientDetails, latest: ClientDetails, values: ClientFormValues) {
  const before = clientFormValues(startedFrom);
  const now = clientFormValues(latest);
  const rebased = { ...now };
  const overlapping: ClientField[] = [];
  for (const field of CLIENT_FIELDS) {
    const mine = !sameValue(values[field], before[field]);
    if (!mine) continue;
    (rebased as Record<ClientField, unknown>)[field] = values[field];
    if (!sameValue(now[field], before[field])) overlapping.push(field);
  }
  return { values: rebased, overlapping };
}

export interface DischargeFormValues {
  dischargedOn: string;
  reason: string;
}

export function validateDischarge(
  values: DischargeFormValues,
  intakeDate: string,
  today: string,
): Partial<Record<keyof DischargeFormValues, string>> {
  const errors: Partial<Record<keyof DischargeFormValues, string>> = {};
  const [beforeIntake] = isCalendarDate(values.dischargedOn) ? dischargeDateProblems(values.dischargedOn, intakeDate) : [];
  if (!isCalendarDate(values.dischargedOn)) errors.dischargedOn = 'Enter a real date (YYYY-MM-DD)';
  else if (beforeIntake) errors.dischargedOn = DATE_RULE_SENTENCES[beforeIntake.rule];
  // The form's own check (the server accepts a later date): a discharge is recorded when it happens.
  else if (values.dischargedOn > addDays(today, 1)) errors.dischargedOn = 'Discharge cannot be more than a day ahead';
  const reason = checkText(values.reason, { required: true, max: DISCHARGE_REASON_MAX_LENGTH });
  if (reason) errors.reason = reason;
  return errors;
}

/** Whether scheduled links go to the client by email, in words: to where and since when, or why not. */
export function emailContactWords(client: {
  email: string | null;
  contactByEmail: boolean;
  contactConsentOn: string | null;
  emailStoppedAt: string | null;
}): string {
  if (client.contactByEmail && client.email) {
    return `To ${client.email}${client.contactConsentOn ? `, agreed ${formatCalendarDate(client.contactConsentOn)}` : ''}`;
  }
  if (client.emailStoppedAt) return `Client turned off email on ${formatInstant(client.emailStoppedAt)}`;
  return client.email ? `Not agreed (${client.email})` : 'Not agreed';
}
