import { Module } from '@nestjs/common';
import { InterventionsService } from './interventions.service';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({ controllers: [SessionsController], providers: [SessionsRepository, SessionsService, InterventionsService], exports: [SessionsService] })
export class SessionsModule {}
