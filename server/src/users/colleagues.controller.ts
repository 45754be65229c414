import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { ColleagueListDto } from './dto/user.dto';
import { UsersService } from './users.service';

/** The practice's clinicians and supervisors by name: for care teams and for who wrote what. */
@ApiTags('users')
@Clinical()
@Controller('colleagues')
export class ColleaguesController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: ColleagueListDto })
  listColleagues(@Ctx() ctx: RequestContext): Promise<ColleagueListDto> {
    return this.users.colleagues(ctx);
  }
}
