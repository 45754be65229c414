import { Injectable } from '@nestjs/common';
import type { InstrumentCode } from '@securebase/shared';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { sql } from '../database/sql';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import {
  CreatedInvitationDto,
  CreateInvitationDto,
  DEFAULT_EXPIRY_DAYS,
  InvitationDto,
  InvitationLinkDto,
  InvitationListDto,
} from './dto/invitation.dto';
import { InvitationsRepository } from './invitations.repository';
import { LinkSettings } from './link-settings';
import { linkUrl, newLinkToken } from './link-token';
import { sealToken, unsealToken } from './link-seal';

export interface ScheduledInvitation {
  practiceId: string;
  clientId: string;
  planId: string;
  dueOn: string;
  instruments: InstrumentCode[];
  includeGoals: boolean;
  expiresInDays: number;
  createdBy: string;
  /** Why no email will go, when that is known at creation ("email not configured"). */
  deliveryError: string | null;
}

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
      await this.requireLinkTarget(tx, clientId);
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

  /**
   * The client rules of every link, by hand or by a plan: an active client with the date of birth they
   * confirm before answering (400 naming dateOfBirth, 409 when discharged). Holds the client row shared.
   */
  async requireLinkTarget(tx: EntityManager, clientId: string): Promise<void> {
    const client = await this.invitations.linkTarget(tx, clientId);
    if (!client) throw new NotFound('Client');
    if (client.status === 'discharged') throw new Conflict('client_discharged', 'This client is discharged; no questionnaire can be sent');
    if (!client.hasDateOfBirth) {
      throw new InvalidInput([{ field: 'dateOfBirth', problem: "the client's date of birth is needed: the client confirms it before answering" }]);
    }
  }

  /**
   * A plan's link for one due date, made by the scan (no request, no signed-in user: the plan's author
   * is its creator). INSERT … ON CONFLICT (plan_id, due_on) DO NOTHING: however many servers scan at
   * once, one invitation per due date; undefined for the ones that lost. The token is sealed for the
   * email jobs (link-seal.ts); its hash is what opens the link, as for every link.
   */
  async createScheduled(tx: EntityManager, s: ScheduledInvitation, now: Date): Promise<{ id: string; token: string } | undefined> {
    const { token, hash } = newLinkToken();
    const row = await this.invitations.insertScheduled(
      tx,
      {
        practiceId: s.practiceId,
        clientId: s.clientId,
        instruments: s.instruments,
        includeGoals: s.includeGoals,
        source: 'schedule',
        tokenHash: hash,
        expiresAt: new Date(now.getTime() + s.expiresInDays * DAY_MS),
        createdBy: s.createdBy,
      },
      { planId: s.planId, dueOn: s.dueOn, tokenSealed: sealToken(this.settings.secret, token), deliveryError: s.deliveryError },
      now,
    );
    return row ? { id: row.id, token } : undefined;
  }

  async list(ctx: RequestContext, clientId: string): Promise<InvitationListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    return { items: await this.invitations.list(clientId, ctx.actor.practiceId, this.clock.now()) };
  }

  /**
   * The link of a scheduled invitation, for the clinician to pass on when email is not configured or
   * failed. A link sent by hand was shown once and is not kept, so it cannot be shown again (409), nor
   * can a link that no longer opens.
   */
  async link(ctx: RequestContext, id: string): Promise<InvitationLinkDto> {
    await this.access.requireChild(ctx, 'invitation', id, 'write', sql`t.id`);
    const row = await this.invitations.sealedTokenIfUsable(id, this.clock.now());
    const token = row && unsealToken(this.settings.secret, row.tokenSealed);
    if (!token) throw new Conflict('conflict', 'This link cannot be shown: it was sent by hand, is no longer usable, or the server secret changed');
    return { url: linkUrl(this.settings.publicUrl, token) };
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
