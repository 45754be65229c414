import {
  checkEmail,
  checkPassword,
  emptyUserForm,
  toNewUser,
  userChanges,
  validateUserForm,
  type UserFormValues,
} from './user-rules';

const valid: UserFormValues = {
  email: 'Nia@Demo.test ',
  displayName: ' Nia Brooks ',
  role: 'clinician',
  supervisorId: 'c2d5f0f4-0000-4000-8000-000000000001',
  password: 'a-long-pass-phrase',
};

describe('checkEmail', () => {
  it('accepts an address and refuses the usual slips', () => {
    expect(checkEmail(' nia@demo.test ')).toBeNull();
    expect(checkEmail('')).toBe('Required');
    expect(checkEmail('nia@demo')).toBe('Enter an email address like name@practice.org');
    expect(checkEmail('nia demo@x.org')).toBe('Enter an email address like name@practice.org');
  });
});

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
});
