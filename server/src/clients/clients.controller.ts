import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, bodyField, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { ClientsService } from './clients.service';
import {
  AddCareTeamMemberDto,
  ClientDto,
  ClientListDto,
  ClientListQuery,
  CreateClientDto,
  DischargeClientDto,
  UpdateClientDto,
} from './dto/client.dto';

@ApiTags('clients')
@Clinical()
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Get()
  // Names and dates of birth of a whole caseload: a read, though of no one client.
  @Audited('read', 'client_list')
  @ApiOkResponse({ type: ClientListDto })
  listClients(@Ctx() ctx: RequestContext, @Query() query: ClientListQuery): Promise<ClientListDto> {
    return this.clients.list(ctx, query);
  }

  @Post()
  @Audited('create', 'client', { entityId: createdId, clientId: createdId })
  @ApiCreatedResponse({ type: ClientDto })
  createClient(@Ctx() ctx: RequestContext, @Body() dto: CreateClientDto): Promise<ClientDto> {
    return this.clients.create(ctx, dto);
  }

  @Get(':id')
  @Audited('read', 'client', { entityId: pathId })
  @ApiOkResponse({ type: ClientDto })
  getClient(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<ClientDto> {
    return this.clients.get(ctx, id);
  }

  @Patch(':id')
  @Audited('update', 'client', { entityId: pathId })
  @ApiOkResponse({ type: ClientDto })
  updateClient(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: UpdateClientDto): Promise<ClientDto> {
    return this.clients.update(ctx, id, dto);
  }

  @Post(':id/discharge')
  @Audited('discharge', 'client', { entityId: pathId })
  @HttpCode(200)
  @ApiOkResponse({ type: ClientDto })
  dischargeClient(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: DischargeClientDto): Promise<ClientDto> {
    return this.clients.discharge(ctx, id, dto);
  }

  @Post(':id/care-team')
  // Names the colleague added; adding someone already on the team changes nothing and records nothing.
  @Audited('update', 'care_team', { entityId: bodyField('userId') })
  @ApiCreatedResponse({ type: ClientDto })
  addCareTeamMember(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: AddCareTeamMemberDto): Promise<ClientDto> {
    return this.clients.addCareTeamMember(ctx, id, dto);
  }
}
