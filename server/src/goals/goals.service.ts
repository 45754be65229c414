import { Injectable } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { InvalidInput, NotFound } from '../common/errors';
import { updateVersioned } from '../common/versioned-update';
import type { RequestContext } from '../common/request-context';
import { CreateGoalDto, GoalDto, GoalListDto, UpdateGoalDto } from './dto/goal.dto';

const GOAL_COLUMNS = `g.id, g.client_id AS "clientId", g.domain, g.title, g.description, g.baseline, g.target, g.status,
  g.started_on AS "startedOn", g.achieved_on AS "achievedOn", g.version, g.created_at AS "createdAt", g.updated_at AS "updatedAt",
  (SELECT r.rating FROM goal_rating r JOIN therapy_session s ON s.id = r.session_id
    WHERE r.goal_id = g.id ORDER BY s.started_at DESC LIMIT 1) AS "latestRating"`;

@Injectable()
export class GoalsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** All goals of a client, oldest first (the order they were set). */
  async list(ctx: RequestContext, clientId: string): Promise<GoalListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const items = await this.db.query(`SELECT ${GOAL_COLUMNS} FROM goal g WHERE g.client_id = $1 AND g.practice_id = $2 ORDER BY g.created_at, g.id`,
      [clientId, ctx.actor.practiceId],
    );
    await this.audit.record(ctx, { action: 'read', entityType: 'goals', clientId });
    return { items, nextCursor: null };
  }

  async create(ctx: RequestContext, clientId: string, dto: CreateGoalDto): Promise<GoalDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    return this.db.transaction(async (tx) => {
      const [{ id }] = await tx.query(
        `INSERT INTO goal (practice_id, client_id, domain, title, description, baseline, target, started_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [ctx.actor.practiceId, clientId, dto.domain, dto.title, dto.description || null, dto.baseline, dto.target, dto.startedOn],
      );
      await this.audit.record(ctx, { action: 'create', entityType: 'goal', entityId: id, clientId }, tx);
      return this.load(tx, id);
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateGoalDto): Promise<GoalDto> {
    const goal = await this.access.requireChild<{ clientId: string; status: string }>(ctx, 'goal', id, 'write', 't.status');
    const sets: string[] = [];
    const params: unknown[] = [id, dto.version];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (dto.title !== undefined) set('title', dto.title);
    if (dto.description !== undefined) set('description', dto.description || null);
    if (dto.target !== undefined) set('target', dto.target);
    if (dto.status !== undefined && dto.status !== goal.status) {
      set('status', dto.status);
      // The day it was achieved is kept while achieved and cleared if reopened.
      set('achieved_on', dto.status === 'achieved' ? toCalendarDate(this.clock.now()) : null);
    }
    return this.db.transaction(async (tx) => {
      await updateVersioned(tx, 'goal', sets, params, 'This goal was changed by someone else');
      await this.audit.record(ctx, { action: 'update', entityType: 'goal', entityId: id, clientId: goal.clientId }, tx);
      return this.load(tx, id);
    });
  }

  private async load(manager: EntityManager, id: string): Promise<GoalDto> {
    const [row] = await manager.query(`SELECT ${GOAL_COLUMNS} FROM goal g WHERE g.id = $1`, [id]);
    if (!row) throw new NotFound('Goal');
    return row;
  }
}
