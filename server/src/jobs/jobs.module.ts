import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { PlanScanTrigger } from '../measure-plans/measure-plans.service';
import { EmailDelivery } from './email-delivery';
import { JobRunner } from './job-runner';
import { JobsRepository } from './jobs.repository';
import { Mailer } from './mailer';
import { EmailQueue, PlanScan } from './plan-scan';
import { StopEmailsController } from './stop-emails.controller';

@Module({
  imports: [InvitationsModule],
  controllers: [StopEmailsController],
  providers: [JobsRepository, Mailer, EmailDelivery, PlanScan, JobRunner, EmailQueue, { provide: PlanScanTrigger, useExisting: JobRunner }],
  exports: [JobRunner, PlanScan, PlanScanTrigger],
})
export class JobsModule {}
