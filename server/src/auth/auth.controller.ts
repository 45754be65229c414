import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AuditService } from '../audit/audit.service';
import { contextOf } from '../common/request-context';
import { toUserDto, UserEnvelopeDto, UserRow } from '../users/dto/user.dto';
import { LoginDto } from './dto/login.dto';
import { LocalLoginGuard } from './local-login.guard';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly audit: AuditService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalLoginGuard)
  @ApiOkResponse({ type: UserEnvelopeDto })
  async login(@Req() req: Request, @Body() _credentials: LoginDto): Promise<UserEnvelopeDto> {
    await this.audit.record(contextOf(req), { action: 'login', entityType: 'user', entityId: (req.user as UserRow).id });
    return { user: toUserDto(req.user as UserRow) };
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request): Promise<void> {
    const ctx = contextOf(req);
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    req.res?.clearCookie(SESSION_COOKIE);
    await this.audit.record(ctx, { action: 'logout', entityType: 'user', entityId: ctx.actor.id });
  }

  @Get('me')
  @ApiOkResponse({ type: UserEnvelopeDto })
  me(@Req() req: Request): UserEnvelopeDto {
    return { user: toUserDto(req.user as UserRow) };
  }
}

export const SESSION_COOKIE = 'sb.sid';
