import { Injectable } from '@nestjs/common';
import { addCalendarDays, toCalendarDate, type FieldProblem } from '@securebase/shared';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { InvalidInput, NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { sql, Sql } from '../database/sql';
import { DEFAULT_EXPIRY_DAYS } from '../invitations/dto/invitation.dto';
import { InvitationsService } from '../invitations/invitations.service';
import { nextDueAfter } from './cadence';
import { CreateMeasurePlanDto, DEFAULT_REMINDER_AFTER_DAYS, MeasurePlanDto, MeasurePlanListDto, UpdateMeasurePlanDto } from './dto/measure-plan.dto';
import { MeasurePlansRepository } from './measure-plans.repository';

/** How far ahead a plan may start. */
const MAX_START_AHEAD_DAYS = 366;

/** Called after a plan changes, so a plan due today is sent without waiting for the next minute's scan. */
export abstract class PlanScanTrigger {
  abstract planChanged(): void;
}

@Injectable()
export class MeasurePlansService {
  constructor(
    private readonly plans: MeasurePlansRepository,
    private readonly invitations: InvitationsService,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly trigger: PlanScanTrigger,
  ) {}

  async create(ctx: RequestContext, clientId: string, dto: CreateMeasurePlanDto): Promise<MeasurePlanDto> {
    await this.access.requireClient(ctx, clientId, 'write');
    const today = toCalendarDate(this.clock.now());
    const problems: FieldProblem[] = [];
    if (dto.startsOn < today) problems.push({ field: 'startsOn', problem: 'must not be in the past' });
    if (dto.startsOn > addCalendarDays(today, MAX_START_AHEAD_DAYS)) problems.push({ field: 'startsOn', problem: 'must be within a year' });
    if (dto.endsOn && dto.endsOn < dto.startsOn) problems.push({ field: 'endsOn', problem: 'must not be before startsOn' });
    if (problems.length) throw new InvalidInput(problems);
    const dates = { cadence: dto.cadence, startsOn: dto.startsOn, endsOn: dto.endsOn ?? null };
    const plan = await this.audit.transaction(async (tx) => {
      // The same client rules as a link sent by hand: active, and with the date of birth the client confirms.
      await this.invitations.requireLinkTarget(tx, clientId);
      return this.plans.insert(tx, {
        practiceId: ctx.actor.practiceId,
        clientId,
        instruments: dto.instruments,
        includeGoals: dto.includeGoals ?? false,
        ...dates,
        expiresInDays: dto.expiresInDays ?? DEFAULT_EXPIRY_DAYS,
        reminderAfterDays: dto.reminderAfterDays ?? DEFAULT_REMINDER_AFTER_DAYS,
        nextDueOn: nextDueAfter(dates, null),
        createdBy: ctx.actor.id,
      });
    });
    this.trigger.planChanged();
    return plan;
  }

  async list(ctx: RequestContext, clientId: string): Promise<MeasurePlanListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    return { items: await this.plans.list(clientId, ctx.actor.practiceId) };
  }

  /**
   * Changes the cadence or the end, stops or restarts, under `version`. The next due date is worked
   * out again from the dates already sent, so a change never sends a due date twice; stopping keeps
   * every invitation and its history.
   */
  async update(ctx: RequestContext, id: string, dto: UpdateMeasurePlanDto): Promise<MeasurePlanDto> {
    await this.access.requireChild(ctx, 'measure_plan', id, 'write', sql`t.id`);
    const plan = await this.audit.transaction(async (tx) => {
      const current = await this.plans.find(tx, id);
      if (!current) throw new NotFound('Measure plan');
      if (current.version !== dto.version) {
        // updateVersioned answers 409 with the current version; nothing below runs.
        await this.plans.update(tx, id, dto.version, []);
      }
      const cadence = dto.cadence ?? current.cadence;
      const endsOn = dto.endsOn === undefined ? current.endsOn : dto.endsOn;
      if (endsOn !== null && endsOn < current.startsOn) throw new InvalidInput([{ field: 'endsOn', problem: 'must not be before startsOn' }]);
      const status = dto.status ?? current.status;
      if (status === 'active' && current.status === 'stopped') await this.invitations.requireLinkTarget(tx, current.clientId);
      const lastDue = await this.plans.lastDueOn(tx, id);
      const nextDueOn = status === 'stopped' ? null : nextDueAfter({ cadence, startsOn: current.startsOn, endsOn }, lastDue);
      const sets: Sql[] = [sql`cadence = ${cadence}`, sql`ends_on = ${endsOn}`, sql`next_due_on = ${nextDueOn}`];
      if (status !== current.status) sets.push(status === 'stopped' ? sql`stopped_at = ${this.clock.now()}` : sql`stopped_at = NULL`);
      await this.plans.update(tx, id, dto.version, sets);
      return (await this.plans.find(tx, id))!;
    });
    this.trigger.planChanged();
    return plan;
  }
}
