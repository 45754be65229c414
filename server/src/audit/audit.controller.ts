import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { AuditListDto, AuditQuery } from './dto/audit.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@Roles('admin', 'supervisor')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditListDto })
  listAuditEvents(@Ctx() ctx: RequestContext, @Query() q: AuditQuery): Promise<AuditListDto> {
    return this.audit.list(ctx, q);
  }
}
