import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('passwordProblem', () => {
  it.each([
    ['short', 'must be at least 12 characters'],
    ['123456789012', 'is a commonly used password'],
    ['QWERTY123456', 'is a commonly used password'],
    ['aaaaaaaaaaaaaaaa', 'is a commonly used password'],
  ])('refuses %p', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password containing the account name', () => {
    expect(passwordProblem('clara-loves-tea-2026', 'clara@demo.test')).toBe('must not contain the email address');
  });

  it('accepts a long unusual passphrase', () => {
    expect(passwordProblem('tidal-orchard-lantern-58', 'clara@demo.test')).toBeNull();
  });
});

describe('hashing', () => {
  it('stores argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('tidal-orchard-lantern-58');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'tidal-orchard-lantern-58')).toBe(true);
    expect(await verifyPassword(hash, 'tidal-orchard-lantern-59')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
