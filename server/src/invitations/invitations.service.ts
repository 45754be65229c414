import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { sql } from '../database/sql';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { CreatedInvitationDto, CreateInvitationDto, DEFAULT_EXPIRY_DAYS, InvitationDto, InvitationListDto } from './dto/invitation.dto';
import { InvitationsRepository } from './invitations.repository';
import { LinkSettings } from './link-settings';
import { linkUrl, newLinkToken } from './link-token';

const DAY_MS = 86_400_000;

@Injectable()
export class InvitationsService {
  constructor(
    private readonly invitations: InvitationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: LinkSettings,
  ) {}

  /**
   * Sends a link: the token is made here, its hash stored, and the link itself returned once.
   * The client's date of birth is what they verify with, so a client without one cannot be sent a link.
   */
  async create(
    ctx: RequestContext,
    clientId: string,
    dto: CreateInvitationDto,
    source: 'manual' | 'schedule' = 'manual',
  ): Promise<CreatedInvitationDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    const now = this.clock.now();
    const { token, hash } = newLinkToken();
    return this.audit.transaction(async (tx) => {
      const client = await this.invitations.linkTarget(tx, clientId);
      if (!client) throw new NotFound('Client');
      if (client.status === 'discharged') throw new Conflict('client_discharged', 'This client is discharged; no questionnaire can be sent');
      if (!client.hasDateOfBirth) {
        throw new InvalidInput([{ field: 'dateOfBirth', problem: "the client's date of birth is needed: the client confirms it before answering" }]);
      }
      const row = await this.invitations.insert(
        tx,
        {
          practiceId: ctx.actor.practiceId,
          clientId,
          instruments: dto.instruments,
          includeGoals: dto.includeGoals ?? false,
          source,
          tokenHash: hash,
          expiresAt: new Date(now.getTime() + (dto.expiresInDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS),
          createdBy: ctx.actor.id,
        },
        now,
      );
      return { ...row, url: linkUrl(this.settings.publicUrl, token) };
    });
  }

  async list(ctx: RequestContext, clientId: string): Promise<InvitationListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    return { items: await this.invitations.list(clientId, ctx.actor.practiceId, this.clock.now()) };
  }

  /** Stops a link at once. Only a link that still opens can be voided: a used or dead one is 409. */
  async void(ctx: RequestContext, id: string): Promise<InvitationDto> {
    await this.access.requireChild(ctx, 'invitation', id, 'write', sql`t.id`);
    const now = this.clock.now();
    return this.audit.transaction(async (tx) => {
      if ((await this.invitations.voidIfUsable(tx, id, ctx.actor.id, now)) === 0) {
        throw new Conflict('conflict', 'This link can no longer be voided: it was used, voided, or has expired');
      }
      return (await this.invitations.find(tx, id, now))!;
    });
  }
}
