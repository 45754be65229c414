import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { CreatedInvitationDto, CreateInvitationDto, InvitationDto, InvitationLinkDto, InvitationListDto } from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller()
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Clinical()
  @Post('clients/:id/invitations')
  @Audited('invite', 'invitation', { entityId: createdId })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  createInvitation(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    return this.invitations.create(ctx, clientId, dto);
  }

  @Clinical()
  @Get('clients/:id/invitations')
  @Audited('read', 'invitations')
  @ApiOkResponse({ type: InvitationListDto })
  listInvitations(@Ctx() ctx: RequestContext, @IdParam() clientId: string): Promise<InvitationListDto> {
    return this.invitations.list(ctx, clientId);
  }

  @Clinical()
  @Post('invitations/:id/void')
  @HttpCode(200)
  @Audited('void', 'invitation', { entityId: pathId })
  @ApiOkResponse({ type: InvitationDto })
  voidInvitation(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<InvitationDto> {
    return this.invitations.void(ctx, id);
  }

  @Clinical()
  @Post('invitations/:id/link')
  @HttpCode(200)
  @Audited('read', 'invitation_link', { entityId: pathId })
  @ApiOkResponse({ type: InvitationLinkDto, description: 'A scheduled link, to copy; 409 for a link sent by hand or no longer usable' })
  showLink(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<InvitationLinkDto> {
    return this.invitations.link(ctx, id);
  }
}
