import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * A scheduled link's token, kept sealed so the email and its reminder can carry the link: AES-256-GCM
 * under a key derived from SESSION_SECRET. The hash (link-token.ts) still decides whether a link
 * opens; a copy of the database without the secret opens none. Layout: 12-byte nonce, 16-byte tag,
 * ciphertext.
 */
function keyOf(secret: string): Buffer {
  return createHash('sha256').update(`securebase:link-seal:${secret}`, 'utf8').digest();
}

export function sealToken(secret: string, token: string): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), nonce);
  const body = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** The token, or undefined when the seal was made under another secret (SESSION_SECRET changed) or is damaged. */
export function unsealToken(secret: string, sealed: Buffer): string | undefined {
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return undefined;
  }
}
