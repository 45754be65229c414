import * as argon2 from 'argon2';

const hashes = new Map<string, Promise<string>>();

/**
 * An argon2id hash at the lowest cost, for test users who sign in often and are not about sign-in: the
 * server verifies with the cost the hash names, so sign-in behaves the same, only faster. Sign-in itself
 * is still tested with the app's own hashPassword: users.int-spec signs in a user created through the API.
 */
export function cheapHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = argon2.hash(password, { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 });
    hashes.set(password, hash);
  }
  return hash;
}
