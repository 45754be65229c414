import { checkEmail, EMAIL_MAX_LENGTH } from './email';

describe('checkEmail', () => {
  it('accepts an address and refuses the usual slips', () => {
    expect(checkEmail(' nia@demo.test ')).toBeNull();
    expect(checkEmail('')).toBe('Required');
    expect(checkEmail('nia@demo')).toBe('Enter an email address like name@example.org');
    expect(checkEmail('nia demo@x.org')).toBe('Enter an email address like name@example.org');
    expect(checkEmail(`${'n'.repeat(EMAIL_MAX_LENGTH)}@x.org`)).toBe(`Must be at most ${EMAIL_MAX_LENGTH} characters`);
  });

  it('may be left empty where the address is optional', () => {
    expect(checkEmail('  ', { required: false })).toBeNull();
    expect(checkEmail('maya@', { required: false })).toBe('Enter an email address like name@example.org');
  });
});
