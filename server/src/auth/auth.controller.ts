import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Audited, callerId } from '../audit/audited';
import { toUserDto, UserEnvelopeDto, UserRow } from '../users/dto/user.dto';
import { LoginDto } from './dto/login.dto';
import { LocalLoginGuard } from './local-login.guard';
import { Public } from './public.decorator';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LocalLoginGuard)
  // The guard has signed the user in by now; a failed sign-in is recorded where it is decided (AuthService).
  @Audited('login', 'user', { entityId: callerId })
  @ApiOkResponse({ type: UserEnvelopeDto })
  login(@Req() req: Request, @Body() _credentials: LoginDto): UserEnvelopeDto {
    return { user: toUserDto(req.user as UserRow) };
  }

  @Post('logout')
  @HttpCode(204)
  @Audited('logout', 'user', { entityId: callerId })
  async logout(@Req() req: Request): Promise<void> {
    await new Promise<void>((resolve, reject) => req.logout((err) => (err ? reject(err) : resolve())));
    await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
    req.res?.clearCookie(SESSION_COOKIE);
  }

  @Get('me')
  @ApiOkResponse({ type: UserEnvelopeDto })
  me(@Req() req: Request): UserEnvelopeDto {
    return { user: toUserDto(req.user as UserRow) };
  }
}

export const SESSION_COOKIE = 'sb.sid';
