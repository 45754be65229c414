import { Injectable } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import {
  AddCareTeamMemberDto,
  ClientDto,
  ClientListDto,
  ClientListQuery,
  CreateClientDto,
  DischargeClientDto,
  UpdateClientDto,
} from './dto/client.dto';
import { checkClientContact, checkClientDates, checkDischargeDate } from './client-rules';
import { CLIENT_INPUT_FIELDS, ClientsRepository, EditableClientField } from './clients.repository';

@Injectable()
export class ClientsService {
  constructor(
    private readonly db: DataSource,
    private readonly clients: ClientsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, query: ClientListQuery): Promise<ClientListDto> {
    const limit = query.limit ?? 50;
    const rows = await this.clients.list(ctx.actor, {
      status: query.status ?? 'active',
      namePattern: query.q?.trim() ? `%${query.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%` : null,
      cursor: decodeCursor(query.cursor),
      limit: limit + 1,
    });
    return page(rows, limit, (r) => [r.createdAt, r.id]);
  }

  async create(ctx: RequestContext, dto: CreateClientDto): Promise<ClientDto> {
    checkClientDates(dto, this.clock.now());
    checkClientContact(dto);
    const contactByEmail = dto.contactByEmail ?? false;
    return this.audit.transaction(async (tx) => {
      const id = await this.clients.insert(tx, {
        practiceId: ctx.actor.practiceId,
        firstName: dto.firstName,
        lastName: dto.lastName,
        preferredName: dto.preferredName || null,
        dateOfBirth: dto.dateOfBirth ?? null,
        pronouns: dto.pronouns || null,
        attachmentStyle: dto.attachmentStyle ?? 'unassessed',
        presentingPatterns: dedupe(dto.presentingPatterns ?? []),
        intakeDate: dto.intakeDate,
        primaryClinicianId: ctx.actor.id,
        email: dto.email || null,
        contactByEmail,
        contactConsentOn: contactByEmail ? toCalendarDate(this.clock.now()) : null,
      });
      await this.clients.startCareTeam(tx, id, ctx.actor.id, ctx.actor.practiceId);
      return this.load(tx, ctx, id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'read');
    return this.load(this.db.manager, ctx, id);
  }

  async update(ctx: RequestContext, id: string, dto: UpdateClientDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    const current = await this.load(this.db.manager, ctx, id);
    // The record as it would be: a property the body leaves out is undefined on the DTO, not absent.
    const after = { ...current, ...definedOnly(dto) };
    checkClientDates(after, this.clock.now());
    checkClientContact(after);
    const changes: Partial<Record<EditableClientField, unknown>> = {};
    for (const prop of CLIENT_INPUT_FIELDS) {
      const value: unknown = dto[prop];
      if (value === undefined) continue;
      changes[prop] = prop === 'presentingPatterns' ? dedupe(value as string[]) : value === '' ? null : value;
    }
    if (dto.contactByEmail !== undefined && dto.contactByEmail !== current.contactByEmail) {
      // Turning email on records the day of the client's consent and overrides an earlier "stop these
      // emails"; turning it off forgets the consent.
      changes.contactConsentOn = dto.contactByEmail ? toCalendarDate(this.clock.now()) : null;
      if (dto.contactByEmail) changes.emailStoppedAt = null;
    }
    return this.audit.transaction(async (tx) => {
      await this.clients.update(tx, id, dto.version, changes);
      return this.load(tx, ctx, id);
    });
  }

  async discharge(ctx: RequestContext, id: string, dto: DischargeClientDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    const current = await this.load(this.db.manager, ctx, id);
    if (current.status === 'discharged') throw new Conflict('client_discharged', 'This client is already discharged');
    checkDischargeDate(dto.dischargedOn, current.intakeDate);
    return this.audit.transaction(async (tx) => {
      await this.clients.discharge(tx, id, current.version, dto.dischargedOn, dto.reason);
      return this.load(tx, ctx, id);
    });
  }

  async addCareTeamMember(ctx: RequestContext, id: string, dto: AddCareTeamMemberDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    if (!(await this.clients.isActiveClinician(dto.userId, ctx.actor.practiceId)))
      throw new InvalidInput([{ field: 'userId', problem: 'must be an active clinician of this practice' }]);
    return this.audit.transaction(async (tx) => {
      const added = await this.clients.addToCareTeam(tx, id, dto.userId, ctx.actor.practiceId);
      if (!added) this.audit.noChange();
      return this.load(tx, ctx, id);
    });
  }

  private async load(manager: EntityManager, ctx: RequestContext, id: string): Promise<ClientDto> {
    const row = await this.clients.load(manager, id, ctx.actor.practiceId);
    if (!row) throw new NotFound('Client');
    return row;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}
