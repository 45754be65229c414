import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { Conflict } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { sql } from '../database/sql';
import { AlertsRepository } from './alerts.repository';
import { AlertDto, AlertListDto, AlertQuery, ResolveAlertDto } from './dto/alert.dto';

@Injectable()
export class AlertsService {
  constructor(
    private readonly alerts: AlertsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(ctx: RequestContext, clientId: string, q: AlertQuery): Promise<AlertListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    return { items: await this.alerts.list(clientId, ctx.actor.practiceId, q.status ?? 'all') };
  }

  /** Resolved once, with a note; a resolved alert is never reopened or edited (409). */
  async resolve(ctx: RequestContext, id: string, dto: ResolveAlertDto): Promise<AlertDto> {
    await this.access.requireChild(ctx, 'safety_alert', id, 'write', sql`t.id`);
    return this.audit.transaction(async (tx) => {
      const row = await this.alerts.resolve(tx, id, ctx.actor.id, dto.note, this.clock.now());
      if (!row) throw new Conflict('alert_resolved', 'This alert is already resolved');
      return row;
    });
  }
}
