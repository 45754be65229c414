import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Audited, createdId, pathId } from '../audit/audited';
import { Clinical } from '../auth/public.decorator';
import { Ctx, RequestContext } from '../common/request-context';
import { IdParam } from '../common/uuid-param';
import { AddendumInput, ReturnSessionInput, SessionInput, SignSessionInput, UpdateSessionInput } from './dto/session-input.dto';
import {
  AddendumDto,
  DateRangeQuery,
  InterventionNoteListDto,
  InterventionQuery,
  ReviewListDto,
  ReviewQuery,
  SessionDto,
  SessionListDto,
} from './dto/session.dto';
import { InterventionsService } from './interventions.service';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Clinical()
@Controller()
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly interventions: InterventionsService,
  ) {}

  @Post('clients/:id/sessions')
  @Audited('create', 'session', { entityId: createdId })
  @ApiCreatedResponse({ type: SessionDto })
  createSession(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Body() dto: SessionInput): Promise<SessionDto> {
    return this.sessions.create(ctx, clientId, dto);
  }

  @Get('clients/:id/sessions')
  @Audited('read', 'sessions')
  @ApiOkResponse({ type: SessionListDto })
  listSessions(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: DateRangeQuery): Promise<SessionListDto> {
    return this.sessions.list(ctx, clientId, q);
  }

  @Get('clients/:id/interventions')
  @Audited('read', 'interventions')
  @ApiOkResponse({ type: InterventionNoteListDto })
  listInterventions(@Ctx() ctx: RequestContext, @IdParam() clientId: string, @Query() q: InterventionQuery): Promise<InterventionNoteListDto> {
    return this.interventions.list(ctx, clientId, q);
  }

  @Get('sessions/:id')
  @Audited('read', 'session', { entityId: pathId })
  @ApiOkResponse({ type: SessionDto })
  getSession(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<SessionDto> {
    return this.sessions.get(ctx, id);
  }

  @Patch('sessions/:id')
  @Audited('update', 'session', { entityId: pathId })
  @ApiOkResponse({ type: SessionDto })
  @ApiConflictResponse({ description: 'Stale version, or the session is signed' })
  updateSession(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: UpdateSessionInput): Promise<SessionDto> {
    return this.sessions.update(ctx, id, dto);
  }

  @Post('sessions/:id/sign')
  @Audited('sign', 'session', { entityId: pathId })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  signSession(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: SignSessionInput): Promise<SessionDto> {
    return this.sessions.sign(ctx, id, dto);
  }

  @Get('reviews')
  @Audited('read', 'reviews')
  @ApiOkResponse({ type: ReviewListDto, description: "Supervisee sessions waiting for the caller's co-signature, oldest first" })
  listReviews(@Ctx() ctx: RequestContext, @Query() q: ReviewQuery): Promise<ReviewListDto> {
    return this.sessions.reviews(ctx, q);
  }

  @Post('sessions/:id/cosign')
  @Audited('cosign', 'session', { entityId: pathId })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiForbiddenResponse({ description: "Not the supervisor of the session's author" })
  @ApiConflictResponse({ description: 'The session is not waiting for co-signature (session_not_pending)' })
  cosignSession(@Ctx() ctx: RequestContext, @IdParam() id: string): Promise<SessionDto> {
    return this.sessions.cosign(ctx, id);
  }

  @Post('sessions/:id/return')
  @Audited('return', 'session', { entityId: pathId })
  @HttpCode(200)
  @ApiOkResponse({ type: SessionDto })
  @ApiForbiddenResponse({ description: "Not the supervisor of the session's author" })
  @ApiConflictResponse({ description: 'The session is not waiting for co-signature (session_not_pending)' })
  returnSession(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: ReturnSessionInput): Promise<SessionDto> {
    return this.sessions.returnToAuthor(ctx, id, dto);
  }

  @Post('sessions/:id/addenda')
  // The event names the session the addendum is appended to.
  @Audited('addendum', 'session', { entityId: pathId })
  @ApiCreatedResponse({ type: AddendumDto })
  addAddendum(@Ctx() ctx: RequestContext, @IdParam() id: string, @Body() dto: AddendumInput): Promise<AddendumDto> {
    return this.sessions.addAddendum(ctx, id, dto);
  }
}
