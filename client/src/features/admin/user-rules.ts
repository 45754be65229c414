// Account rules the server enforces too (server/src/users/dto), checked here before sending.
import { NAME_MAX_LENGTH, PASSWORD_MIN_LENGTH, ROLES, type Role } from '@securebase/shared';
import { hasCode } from '../../lib/api-error';
import { checkEmail } from '../../lib/email';

export const PASSWORD_MAX_LENGTH = 200;

export interface UserFormValues {
  email: string;
  displayName: string;
  role: Role;
  supervisorId: string;
  /** Their signed sessions wait for the supervisor's co-signature (a clinician with a supervisor only). */
  requiresCosign: boolean;
  password: string;
}

export type UserField = keyof UserFormValues;
export type UserFormErrors = Partial<Record<UserField, string>>;

export const USER_FIELDS: readonly UserField[] = ['email', 'displayName', 'role', 'supervisorId', 'requiresCosign', 'password'];

export const USER_FIELD_LABELS: Record<UserField, string> = {
  email: 'Email',
  displayName: 'Name',
  role: 'Role',
  supervisorId: 'Supervisor',
  requiresCosign: 'Notes need the supervisor\u2019s co-signature',
  password: 'Password',
};

export const EMAIL_TAKEN = 'This email is already in use by another account';

/**
 * The failed save's problems that belong beside one field rather than in the summary: a taken
 * email (409 `email_taken`) is about what was typed, not a record someone else changed.
 */
export function userFieldProblemsFrom(error: unknown): UserFormErrors {
  return hasCode(error, 'email_taken') ? { email: EMAIL_TAKEN } : {};
}

export function emptyUserForm(): UserFormValues {
  return { email: '', displayName: '', role: 'clinician', supervisorId: '', requiresCosign: false, password: '' };
}

/** A new password: long enough to be safe; the server also refuses commonly used ones. */
export function checkPassword(value: string, { required }: { required: boolean }): string | null {
  if (!value) return required ? 'Required' : null;
  if (value.length < PASSWORD_MIN_LENGTH) return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
  if (value.length > PASSWORD_MAX_LENGTH) return `Must be at most ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

export function checkDisplayName(value: string): string | null {
  const name = value.trim();
  if (!name) return 'Required';
  if (name.length > NAME_MAX_LENGTH) return `Must be at most ${NAME_MAX_LENGTH} characters`;
  return null;
}

export function validateUserForm(values: UserFormValues, { isNew }: { isNew: boolean }): UserFormErrors {
  const errors: UserFormErrors = {};
  if (isNew) {
    const email = checkEmail(values.email);
    if (email) errors.email = email;
  }
  const name = checkDisplayName(values.displayName);
  if (name) errors.displayName = name;
  if (!ROLES.includes(values.role)) errors.role = 'Choose a role';
  const password = checkPassword(values.password, { required: isNew });
  if (password) errors.password = password;
  return errors;
}

/** Only clinicians report to a supervisor; for other roles the choice is dropped. */
export function supervisorFor(values: UserFormValues): string | null {
  return values.role === 'clinician' && values.supervisorId ? values.supervisorId : null;
}

export function toNewUser(values: UserFormValues) {
  const supervisorId = supervisorFor(values);
  return {
    email: values.email.trim().toLowerCase(),
    displayName: values.displayName.trim(),
    role: values.role,
    password: values.password,
    ...(supervisorId ? { supervisorId } : {}),
  };
}

export interface ExistingUser {
  displayName: string;
  role: Role;
  supervisorId: string | null;
  requiresCosign?: boolean;
}

/** Co-signature needs a supervisor to co-sign: without one (or for another role) the choice is dropped. */
export function requiresCosignFor(values: UserFormValues): boolean {
  return values.requiresCosign && supervisorFor(values) !== null;
}

/** PATCH body with only what changed; an empty password means "keep the current one". */
export function userChanges(original: ExistingUser, values: UserFormValues) {
  const changes: { displayName?: string; role?: Role; supervisorId?: string | null; requiresCosign?: boolean; password?: string } = {};
  if (values.displayName.trim() !== original.displayName) changes.displayName = values.displayName.trim();
  if (values.role !== original.role) changes.role = values.role;
  const supervisorId = supervisorFor(values);
  if (supervisorId !== original.supervisorId) changes.supervisorId = supervisorId;
  const requiresCosign = requiresCosignFor(values);
  if (requiresCosign !== (original.requiresCosign ?? false)) changes.requiresCosign = requiresCosign;
  if (values.password) changes.password = values.password;
  return changes;
}
