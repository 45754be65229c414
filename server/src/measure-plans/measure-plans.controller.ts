import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { CreateMeasurePlanDto, MeasurePlanDto, MeasurePlanListDto, UpdateMeasurePlanDto } from './dto/measure-plan.dto';
import { MeasurePlansService } from './measure-plans.service';

@ApiTags('measure plans')
@Clinical()
@Controller()
export class MeasurePlansController {
  constructor(private readonly plans: MeasurePlansService) {}

  @Post('clients/:id/measure-plans')
  @Audited('create', 'measure_plan', { entityId: createdId })
  @ApiCreatedResponse({ type: MeasurePlanDto })
  createMeasurePlan(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Body() dto: CreateMeasurePlanDto): Promise<MeasurePlanDto> {
    return this.plans.create(ctx, clientId, dto);
  }

  @Get('clients/:id/measure-plans')
  @Audited('read', 'measure_plans')
  @ApiOkResponse({ type: MeasurePlanListDto })
  listMeasurePlans(@Ctx() ctx: RequestContext, @IdParam() clientId: string): Promise<MeasurePlanListDto> {
    return this.plans.list(ctx, clientId);
  }

  @Patch('measure-plans/:id')
  @Audited('update', 'measure_plan', { entityId: pathId })
  @ApiOkResponse({ type: MeasurePlanDto })
  updateMeasurePlan(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: UpdateMeasurePlanDto): Promise<MeasurePlanDto> {
    return this.plans.update(ctx, id, dto);
  }
}
