import { Injectable } from '@nestjs/common';
import { toCalendarDate } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { CreateGoalDto, GoalDto, GoalListDto, UpdateGoalDto } from './dto/goal.dto';
import { GOAL_HEAD, GoalChanges, GoalHead, GoalsRepository } from './goals.repository';

@Injectable()
export class GoalsService {
  constructor(
    private readonly db: DataSource,
    private readonly goals: GoalsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** All goals of a client, oldest first (the order they were set). */
  async list(ctx: RequestContext, clientId: string): Promise<GoalListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const items = await this.goals.listForClient(clientId, ctx.actor.practiceId);
    return { items, nextCursor: null };
  }

  async create(ctx: RequestContext, clientId: string, dto: CreateGoalDto): Promise<GoalDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    return this.audit.transaction(async (tx) => {
      const id = await this.goals.insert(tx, {
        practiceId: ctx.actor.practiceId,
        clientId,
        domain: dto.domain,
        title: dto.title,
        description: dto.description || null,
        baseline: dto.baseline,
        target: dto.target,
        startedOn: dto.startedOn,
      });
      return this.load(tx, id);
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateGoalDto): Promise<GoalDto> {
    const goal = await this.access.requireChild<GoalHead>(ctx, 'goal', id, 'write', GOAL_HEAD);
    const changes: GoalChanges = { title: dto.title, target: dto.target };
    if (dto.description !== undefined) changes.description = dto.description || null;
    if (dto.status !== undefined && dto.status !== goal.status) {
      changes.status = dto.status;
      // The day it was achieved is kept while achieved and cleared if reopened.
      changes.achievedOn = dto.status === 'achieved' ? toCalendarDate(this.clock.now()) : null;
    }
    return this.audit.transaction(async (tx) => {
      await this.goals.update(tx, id, dto.version, changes);
      return this.load(tx, id);
    });
  }

  private async load(manager: EntityManager, id: string): Promise<GoalDto> {
    const row = await this.goals.load(manager, id);
    if (!row) throw new NotFound('Goal');
    return row;
  }
}
