import * as argon2 from 'argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MIN_LENGTH } from '@securebase/shared';

// The ~49k most common leaked passwords, as packaged by zxcvbn-ts.
const COMMON = new Set<string>(dictionary['passwords-common'] as string[]);

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > 200) return 'must be at most 200 characters';
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return 'is a commonly used password';
  if (/^(.)\1+$/.test(password)) return 'is a commonly used password';
  if (email && lower.includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) {
    return 'must not contain the email address';
  }
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when the email is unknown, so a wrong email costs the same time as a wrong
 * password and response timing does not reveal which accounts exist.
 */
let dummyHash: Promise<string> | undefined;
export function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('timing-equaliser-not-a-password');
  return dummyHash;
}
