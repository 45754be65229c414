import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { LocalStrategy } from './local.strategy';
import { LoginThrottle } from './login-throttle';
import { SessionSerializer } from './session.serializer';

@Module({
  imports: [PassportModule.register({ session: true })],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, LoginThrottle, LocalStrategy, SessionSerializer, { provide: APP_GUARD, useClass: AuthGuard }],
  // The questionnaire link's date-of-birth check is throttled per IP with the same table.
  exports: [LoginThrottle],
})
export class AuthModule {}
