import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module';
import { GoalsModule } from '../goals/goals.module';
import { MeasuresModule } from '../measures/measures.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { QuestionnaireLinkModule } from '../questionnaire-link/questionnaire-link.module';
import { SessionsModule } from '../sessions/sessions.module';
import { UsersModule } from '../users/users.module';
import { DemoSeeder } from './demo-seeder';
import { DemoRepository } from './demo.repository';

@Module({
  imports: [ClientsModule, GoalsModule, SessionsModule, MeasuresModule, UsersModule, InvitationsModule, QuestionnaireLinkModule],
  providers: [DemoRepository, DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
