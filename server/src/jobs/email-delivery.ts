import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '../common/clock';
import { LinkSettings } from '../invitations/link-settings';
import { unsealToken } from '../invitations/link-seal';
import { linkUrl, newLinkToken } from '../invitations/link-token';
import { DeliverySettings } from './delivery-settings';
import { emailContent } from './email-message';
import { JobsRepository } from './jobs.repository';
import { describeSendFailure, Mailer } from './mailer';
import type { EmailJob } from './queue';

export type DeliveryOutcome = 'sent' | 'nothing_to_send' | 'undeliverable';

/**
 * Sends one questionnaire email or reminder. The order is what makes it safe with many servers and
 * with a server killed mid-send (docs/decisions.md, "Email: claimed, then sent, then marked"):
 * 1. claim the invitation in a committed UPDATE … WHERE not sent AND no live claim RETURNING;
 * 2. talk SMTP (bounded by MAIL_TIMEOUT_SECONDS);
 * 3. mark it sent. A send that fails for sure gives the claim back and throws, so pg-boss retries with
 *    backoff; the job of a killed server expires and is retried, and its claim has lapsed by then.
 */
@Injectable()
export class EmailDelivery {
  private readonly logger = new Logger('EmailDelivery');

  constructor(
    private readonly jobs: JobsRepository,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly links: LinkSettings,
    private readonly settings: DeliverySettings,
  ) {}

  /** `lastTry`: the error stays as the clinician's deliveryError and nothing is thrown. */
  async deliver(job: EmailJob, lastTry: boolean): Promise<DeliveryOutcome> {
    const { invitationId: id, kind } = job;
    if (!this.mailer.configured) {
      await this.jobs.recordProblem(id, 'email not configured');
      return 'undeliverable';
    }
    const claimed = await this.jobs.claim(kind, id, this.clock.now(), this.settings.claimLeaseMs);
    if (!claimed) {
      const why = await this.jobs.whyNotSendable(kind, id);
      if (why && !why.sent && (why.stopped || why.noConsent))
        await this.jobs.recordProblem(id, why.stopped ? 'client turned off email' : 'client has not agreed to email');
      return 'nothing_to_send';
    }
    const token = unsealToken(this.links.secret, claimed.tokenSealed);
    if (!token) {
      await this.jobs.releaseFailed(kind, id, 'the link could not be rebuilt (the server secret changed); send one by hand');
      return 'undeliverable';
    }
    const stop = newLinkToken();
    await this.jobs.insertStopToken(claimed.practiceId, claimed.clientId, stop.hash);
    const content = emailContent(
      kind,
      claimed.practiceName,
      linkUrl(this.links.publicUrl, token),
      `${this.links.publicUrl}/q/${stop.token}/stop-emails`,
      claimed.expiresAt,
    );
    try {
      await this.mailer.send({ to: claimed.email, ...content, messageId: `<${kind}.${id}@securebase>` });
    } catch (err) {
      const reason = describeSendFailure(err);
      await this.jobs.releaseFailed(kind, id, lastTry ? reason : `${reason}; trying again`);
      this.logger.warn(`${kind} email for invitation ${id} failed: ${reason}${lastTry ? '' : ' (will retry)'}`);
      if (lastTry) return 'undeliverable';
      throw err;
    }
    await this.jobs.markSent(kind, id, this.clock.now());
    return 'sent';
  }
}
