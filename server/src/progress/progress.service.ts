import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { checkDateRange } from '../common/date-range';
import type { RequestContext } from '../common/request-context';
import { ProgressDto, ProgressQuery } from './dto/progress.dto';
import { measureSeries } from './measure-series';
import { ProgressRepository } from './progress.repository';

@Injectable()
export class ProgressService {
  constructor(
    private readonly progress: ProgressRepository,
    private readonly access: AccessService,
  ) {}

  async forClient(ctx: RequestContext, clientId: string, q: ProgressQuery): Promise<ProgressDto> {
    checkDateRange(q);
    await this.access.requireClient(ctx, clientId, 'read');
    const range = [clientId, ctx.actor.practiceId, q.from ?? null, q.to ?? null] as const;
    const [row, measureRows] = await Promise.all([this.progress.progress(...range), this.progress.measures(...range)]);
    const { measures, attachment } = measureSeries(measureRows);
    return { goals: row.goals, measures, attachment, approaches: row.approaches, patterns: row.patterns, attendance: row.attendance };
  }
}
