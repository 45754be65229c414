import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { PrepDto } from './dto/prep.dto';
import { PrepService } from './prep.service';

@ApiTags('prep')
@Clinical()
@Controller()
export class PrepController {
  constructor(private readonly prep: PrepService) {}

  /** "Before the session": what changed, what needs action, what to bring up. */
  @Get('clients/:id/prep')
  @Audited('read', 'prep')
  @ApiOkResponse({ type: PrepDto })
  getPrep(@Ctx() ctx: RequestContext, @IdParam() clientId: string): Promise<PrepDto> {
    return this.prep.forClient(ctx, clientId);
  }
}
