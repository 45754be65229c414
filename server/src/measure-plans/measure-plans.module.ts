import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { JobsModule } from '../jobs/jobs.module';
import { MeasurePlansController } from './measure-plans.controller';
import { MeasurePlansRepository } from './measure-plans.repository';
import { MeasurePlansService } from './measure-plans.service';

@Module({ imports: [InvitationsModule, JobsModule], controllers: [MeasurePlansController], providers: [MeasurePlansRepository, MeasurePlansService] })
export class MeasurePlansModule {}
