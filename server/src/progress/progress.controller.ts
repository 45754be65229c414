import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { DashboardService } from './dashboard.service';
import { DashboardDto, ProgressDto, ProgressQuery } from './dto/progress.dto';
import { ProgressService } from './progress.service';

@ApiTags('progress')
@Clinical()
@Controller()
export class ProgressController {
  constructor(
    private readonly progress: ProgressService,
    private readonly dashboard: DashboardService,
  ) {}

  @Get('clients/:id/progress')
  @Audited('read', 'progress')
  @ApiOkResponse({ type: ProgressDto })
  getProgress(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: ProgressQuery): Promise<ProgressDto> {
    return this.progress.forClient(ctx, clientId, q);
  }

  @Get('dashboard')
  // The caller's caseload with its flags: a read of no one client.
  @Audited('read', 'dashboard')
  @ApiOkResponse({ type: DashboardDto })
  getDashboard(@Ctx() ctx: RequestContext): Promise<DashboardDto> {
    return this.dashboard.forCaseload(ctx);
  }
}
