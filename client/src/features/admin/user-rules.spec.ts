import { apiErrorFrom } from '../../lib/api-error';
import { describeError } from '../../lib/error-messages';
import { checkPassword, emptyUserForm, toNewUser, userFieldProblemsFrom, userChanges, validateUserForm, type UserFormValues } from './user-rules';

const valid: UserFormValues = {
  email: 'Nia@Demo.test ',
  displayName: ' Nia Brooks ',
  role: 'clinician',
  supervisorId: 'c2d5f0f4-0000-4000-8000-000000000001',
  requiresCosign: false,
  password: 'a-long-pass-phrase',
};

describe('checkPassword', () => {
  it('needs 12 characters or more', () => {
    expect(checkPassword('elevenchars', { required: true })).toBe('Use at least 12 characters');
    expect(checkPassword('twelve-chars', { required: true })).toBeNull();
  });
  it('may be left empty when changing an account', () => {
    expect(checkPassword('', { required: false })).toBeNull();
    expect(checkPassword('', { required: true })).toBe('Required');
  });
});

describe('validateUserForm', () => {
  it('accepts a complete new account', () => {
    expect(validateUserForm(valid, { isNew: true })).toEqual({});
  });
  it('names every missing field', () => {
    expect(validateUserForm(emptyUserForm(), { isNew: true })).toEqual({
      email: 'Required',
      displayName: 'Required',
      password: 'Required',
    });
  });
  it('does not ask for email or password when editing', () => {
    expect(validateUserForm({ ...valid, email: '', password: '' }, { isNew: false })).toEqual({});
  });
});

describe('toNewUser', () => {
  it('normalises the email and keeps the supervisor of a clinician', () => {
    expect(toNewUser(valid)).toEqual({
      email: 'nia@demo.test',
      displayName: 'Nia Brooks',
      role: 'clinician',
      password: 'a-long-pass-phrase',
      supervisorId: 'c2d5f0f4-0000-4000-8000-000000000001',
    });
  });
  it('drops the supervisor for other roles', () => {
    expect(toNewUser({ ...valid, role: 'admin' })).not.toHaveProperty('supervisorId');
  });
});

describe('userChanges', () => {
  const original = { displayName: 'Nia Brooks', role: 'clinician' as const, supervisorId: 'sup-1' };
  it('is empty when nothing changed', () => {
    expect(userChanges(original, { ...emptyUserForm(), displayName: 'Nia Brooks', supervisorId: 'sup-1' })).toEqual({});
  });
  it('clears the supervisor when promoted to supervisor, and sends a new password', () => {
    expect(
      userChanges(original, {
        ...emptyUserForm(),
        displayName: 'Nia Brooks',
        role: 'supervisor',
        supervisorId: 'sup-1',
        password: 'new-pass-phrase',
      }),
    ).toEqual({ role: 'supervisor', supervisorId: null, password: 'new-pass-phrase' });
  });
  it('turns co-signature on for a supervised clinician, and off with the supervisor or the role', () => {
    const same = { ...emptyUserForm(), displayName: 'Nia Brooks', supervisorId: 'sup-1' };
    expect(userChanges(original, { ...same, requiresCosign: true })).toEqual({ requiresCosign: true });
    const trainee = { ...original, requiresCosign: true };
    expect(userChanges(trainee, { ...same, requiresCosign: true })).toEqual({});
    expect(userChanges(trainee, { ...same, requiresCosign: true, supervisorId: '' })).toEqual({ supervisorId: null, requiresCosign: false });
    expect(userChanges(trainee, { ...same, requiresCosign: true, role: 'supervisor' })).toEqual({
      role: 'supervisor',
      supervisorId: null,
      requiresCosign: false,
    });
  });
});

describe('userFieldProblemsFrom', () => {
  const failed = (status: number, body: unknown) => apiErrorFrom(status, body, { get: () => null });

  it('puts a taken email on the email field, not in an edit-conflict summary', () => {
    const taken = failed(409, { statusCode: 409, code: 'email_taken', message: 'A user with this email already exists' });
    expect(userFieldProblemsFrom(taken)).toEqual({ email: 'This email is already in use by another account' });
    expect(describeError(taken, 'user')).not.toMatch(/changed by someone else/);
  });
  it('leaves every other failure to the summary', () => {
    expect(userFieldProblemsFrom(failed(409, { code: 'stale_version', currentVersion: 3 }))).toEqual({});
    expect(userFieldProblemsFrom(failed(400, { code: 'validation_failed', details: [] }))).toEqual({});
    // A bare 409 from something in between is no verdict on the email.
    expect(userFieldProblemsFrom(failed(409, {}))).toEqual({});
    expect(userFieldProblemsFrom(new TypeError('Failed to fetch'))).toEqual({});
  });
});
