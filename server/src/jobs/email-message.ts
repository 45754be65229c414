/**
 * The words of the two emails. They name the practice and carry the link and the way to stop emails;
 * they never name a questionnaire, a score, a diagnosis or a note (email is not encrypted end to end,
 * and a subject line shows on a locked phone). email-delivery.int-spec.ts checks every sent message.
 */
export type EmailKind = 'invitation' | 'reminder';

export interface EmailContent {
  subject: string;
  text: string;
}

export function emailContent(kind: EmailKind, practiceName: string, link: string, stopLink: string, expiresAt: string): EmailContent {
  const until = new Date(expiresAt).toUTCString().replace(/ \d\d:\d\d:\d\d GMT$/, '');
  const subject = kind === 'invitation' ? `${practiceName}: a few questions before your next session` : `Reminder from ${practiceName}`;
  const sentence =
    kind === 'invitation'
      ? `${practiceName} would like you to answer a few short questions before your next session.`
      : `A reminder: ${practiceName} would still like you to answer a few short questions before your next session.`;
  const text = [
    'Hello,',
    '',
    sentence,
    '',
    link,
    '',
    `The link works until ${until}. You will be asked for your date of birth.`,
    '',
    `To stop these emails: ${stopLink}`,
    '',
  ].join('\n');
  return { subject, text };
}
