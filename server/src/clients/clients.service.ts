import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import { updateVersioned } from '../common/versioned-update';
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
import { checkClientDates, checkDischargeDate } from './client-rules';
import { CLIENT_COLUMNS } from './client-sql';

/** Columns a PATCH may set, property → column. */
const EDITABLE: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  preferredName: 'preferred_name',
  dateOfBirth: 'date_of_birth',
  pronouns: 'pronouns',
  attachmentStyle: 'attachment_style',
  presentingPatterns: 'presenting_patterns',
  intakeDate: 'intake_date',
};

@Injectable()
export class ClientsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, query: ClientListQuery): Promise<ClientListDto> {
    const limit = query.limit ?? 50;
    const cursor = decodeCursor(query.cursor);
    const params: unknown[] = [ctx.actor.id, ctx.actor.practiceId];
    const where = [AccessService.visibleClient('c', '$1', '$2')];
    const status = query.status ?? 'active';
    if (status !== 'all') {
      params.push(status);
      where.push(`c.status = $${params.length}`);
    }
    if (query.q?.trim()) {
      params.push(`%${query.q.trim().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
      const p = `$${params.length}`;
      where.push(`(c.first_name ILIKE ${p} OR c.last_name ILIKE ${p} OR c.preferred_name ILIKE ${p})`);
    }
    if (cursor) {
      params.push(cursor.at, cursor.id);
      where.push(`(c.created_at, c.id) < ($${params.length - 1}, $${params.length})`);
    }
    params.push(limit + 1);
    const rows: ClientDto[] = await this.db.query(
      `SELECT ${CLIENT_COLUMNS} FROM client c WHERE ${where.join(' AND ')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    return page(rows, limit, (r) => [r.createdAt, r.id]);
  }

  async create(ctx: RequestContext, dto: CreateClientDto): Promise<ClientDto> {
    checkClientDates(dto, this.clock.now());
    return this.db.transaction(async (tx) => {
      const [{ id }] = await tx.query(
        `INSERT INTO client (practice_id, first_name, last_name, preferred_name, date_of_birth, pronouns,
                             attachment_style, presenting_patterns, intake_date, primary_clinician_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
          ctx.actor.practiceId,
          dto.firstName,
          dto.lastName,
          dto.preferredName || null,
          dto.dateOfBirth ?? null,
          dto.pronouns || null,
          dto.attachmentStyle ?? 'unassessed',
          dedupe(dto.presentingPatterns ?? []),
          dto.intakeDate,
          ctx.actor.id,
        ],
      );
      await tx.query(`INSERT INTO care_team_member (client_id, user_id, practice_id) VALUES ($1, $2, $3)`, [id, ctx.actor.id, ctx.actor.practiceId]);
      await this.audit.record(ctx, { action: 'create', entityType: 'client', entityId: id, clientId: id }, tx);
      return this.load(tx, ctx, id);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'read');
    const client = await this.load(this.db.manager, ctx, id);
    await this.audit.record(ctx, { action: 'read', entityType: 'client', entityId: id, clientId: id });
    return client;
  }

  async update(ctx: RequestContext, id: string, dto: UpdateClientDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    const current = await this.load(this.db.manager, ctx, id);
    checkClientDates({ ...current, ...dto }, this.clock.now());
    const sets: string[] = [];
    const params: unknown[] = [id, dto.version];
    for (const [prop, column] of Object.entries(EDITABLE)) {
      const value = (dto as unknown as Record<string, unknown>)[prop];
      if (value === undefined) continue;
      params.push(prop === 'presentingPatterns' ? dedupe(value as string[]) : value === '' ? null : value);
      sets.push(`${column} = $${params.length}`);
    }
    return this.db.transaction(async (tx) => {
      await updateVersioned(tx, 'client', sets, params);
      await this.audit.record(ctx, { action: 'update', entityType: 'client', entityId: id, clientId: id }, tx);
      return this.load(tx, ctx, id);
    });
  }

  async discharge(ctx: RequestContext, id: string, dto: DischargeClientDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    const current = await this.load(this.db.manager, ctx, id);
    if (current.status === 'discharged') throw new Conflict('client_discharged', 'This client is already discharged');
    checkDischargeDate(dto.dischargedOn, current.intakeDate);
    return this.db.transaction(async (tx) => {
      await updateVersioned(tx, 'client', ["status = 'discharged'", 'discharged_on = $3', 'discharge_reason = $4'], [
        id,
        current.version,
        dto.dischargedOn,
        dto.reason,
      ]);
      await this.audit.record(ctx, { action: 'discharge', entityType: 'client', entityId: id, clientId: id }, tx);
      return this.load(tx, ctx, id);
    });
  }

  async addCareTeamMember(ctx: RequestContext, id: string, dto: AddCareTeamMemberDto): Promise<ClientDto> {
    await this.access.requireClient(ctx, id, 'write');
    const [user] = await this.db.query(
      `SELECT id FROM app_user WHERE id = $1 AND practice_id = $2 AND active AND role IN ('clinician', 'supervisor')`,
      [dto.userId, ctx.actor.practiceId],
    );
    if (!user) throw new InvalidInput([{ field: 'userId', problem: 'must be an active clinician of this practice' }]);
    return this.db.transaction(async (tx) => {
      const inserted = await tx.query(
        `INSERT INTO care_team_member (client_id, user_id, practice_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING user_id`,
        [id, dto.userId, ctx.actor.practiceId],
      );
      if (inserted.length) {
        await this.audit.record(ctx, { action: 'update', entityType: 'care_team', entityId: dto.userId, clientId: id }, tx);
      }
      return this.load(tx, ctx, id);
    });
  }


  private async load(manager: EntityManager, ctx: RequestContext, id: string): Promise<ClientDto> {
    const [row] = await manager.query(`SELECT ${CLIENT_COLUMNS} FROM client c WHERE c.id = $1 AND c.practice_id = $2`, [id, ctx.actor.practiceId]);
    if (!row) throw new NotFound('Client');
    return row;
  }
}

function dedupe<T>(values: T[]): T[] {
  return [...new Set(values)];
}
