// An email address as both forms that take one check it before sending (a user's sign-in, a
// client's address for questionnaires); the server has the full check (class-validator's IsEmail).

export const EMAIL_MAX_LENGTH = 254;

export function checkEmail(value: string, { required = true }: { required?: boolean } = {}): string | null {
  const email = value.trim();
  if (!email) return required ? 'Required' : null;
  if (email.length > EMAIL_MAX_LENGTH) return `Must be at most ${EMAIL_MAX_LENGTH} characters`;
  // The usual slips only: a missing @, a missing domain, a space.
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Enter an email address like name@example.org';
  return null;
}
