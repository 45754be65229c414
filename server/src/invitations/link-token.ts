import { createHash, randomBytes } from 'node:crypto';

/**
 * A questionnaire link's token: 32 random bytes (256 bits) from the CSPRNG, base64url, so it fits
 * a URL path as is. Only its SHA-256 is stored; a fast hash is enough because the token is
 * random and long, not chosen by a person.
 */
export const TOKEN_BYTES = 32;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function newLinkToken(): { token: string; hash: Buffer } {
  const token = randomBytes(TOKEN_BYTES).toString('base64url');
  return { token, hash: hashOfToken(token) };
}

export function hashOfToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** A string that could be a token at all: anything else is answered as an unknown link without a query. */
export function isTokenShaped(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_SHAPE.test(token);
}

/** Where the link leads: the client's page on the public address (never the request's Host header). */
export function linkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/q/${token}`;
}
