import { Module } from '@nestjs/common';
import { InterventionsService } from './interventions.service';
import { SessionsController } from './sessions.controller';
import { SessionsService } from './sessions.service';

@Module({ controllers: [SessionsController], providers: [SessionsService, InterventionsService], exports: [SessionsService] })
export class SessionsModule {}
