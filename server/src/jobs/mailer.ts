import { Injectable } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { DeliverySettings } from './delivery-settings';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** The same for every attempt at one email, so a receiving system can tell a resend from a new email. */
  messageId: string;
}

/** Why a send failed, in the clinician's words (stored as `deliveryError`; never the recipient or the body). */
export function describeSendFailure(err: unknown): string {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  if (e.code === 'SEND_TIMEOUT' || e.code === 'ETIMEDOUT') return 'the mail server did not answer in time';
  if (e.responseCode) return `the mail server refused the email (${e.responseCode})`;
  if (e.code === 'ECONNREFUSED' || e.code === 'ESOCKET' || e.code === 'ECONNECTION' || e.code === 'EDNS')
    return 'the mail server could not be reached';
  return 'the email could not be sent';
}

/** nodemailer over SMTP_URL, one connection per email, bounded in time as a whole. */
@Injectable()
export class Mailer {
  constructor(private readonly settings: DeliverySettings) {}

  get configured(): boolean {
    return this.settings.smtpUrl !== undefined;
  }

  async send(mail: OutgoingEmail): Promise<void> {
    const ms = this.settings.sendTimeoutSeconds * 1000;
    const url = new URL(this.settings.smtpUrl!);
    url.searchParams.set('connectionTimeout', String(ms));
    url.searchParams.set('greetingTimeout', String(ms));
    url.searchParams.set('socketTimeout', String(ms));
    const transport = createTransport(url.toString());
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        transport.sendMail({ from: this.settings.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId }),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(Object.assign(new Error('send timed out'), { code: 'SEND_TIMEOUT' })), ms);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      transport.close();
    }
  }
}
