import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { AlertsService } from './alerts.service';
import { AlertDto, AlertListDto, AlertQuery, ResolveAlertDto } from './dto/alert.dto';

@ApiTags('alerts')
@Controller()
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Clinical()
  @Get('clients/:id/alerts')
  @Audited('read', 'alerts')
  @ApiOkResponse({ type: AlertListDto })
  listAlerts(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: AlertQuery): Promise<AlertListDto> {
    return this.alerts.list(ctx, clientId, q);
  }

  @Clinical()
  @Post('alerts/:id/resolve')
  @HttpCode(200)
  @Audited('resolve', 'safety_alert', { entityId: pathId })
  @ApiOkResponse({ type: AlertDto })
  resolveAlert(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: ResolveAlertDto): Promise<AlertDto> {
    return this.alerts.resolve(ctx, id, dto);
  }
}
