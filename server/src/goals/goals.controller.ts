import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { CreateGoalDto, GoalDto, GoalListDto, UpdateGoalDto } from './dto/goal.dto';
import { GoalsService } from './goals.service';

@ApiTags('goals')
@Clinical()
@Controller()
export class GoalsController {
  constructor(private readonly goals: GoalsService) {}

  @Get('clients/:id/goals')
  @Audited('read', 'goals')
  @ApiOkResponse({ type: GoalListDto })
  listGoals(@Ctx() ctx: RequestContext, @IdParam() clientId: string): Promise<GoalListDto> {
    return this.goals.list(ctx, clientId);
  }

  @Post('clients/:id/goals')
  @Audited('create', 'goal', { entityId: createdId })
  @ApiCreatedResponse({ type: GoalDto })
  createGoal(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Body() dto: CreateGoalDto): Promise<GoalDto> {
    return this.goals.create(ctx, clientId, dto);
  }

  @Patch('goals/:id')
  @Audited('update', 'goal', { entityId: pathId })
  @ApiOkResponse({ type: GoalDto })
  updateGoal(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: UpdateGoalDto): Promise<GoalDto> {
    return this.goals.update(ctx, id, dto);
  }
}
