import { DynamicModule, Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessModule } from './access/access.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClientsModule } from './clients/clients.module';
import { Clock } from './common/clock';
import { DemoModule } from './demo/demo.module';
import { ExportModule } from './export/export.module';
import { GoalsModule } from './goals/goals.module';
import { SessionsModule } from './sessions/sessions.module';
import { ProgressModule } from './progress/progress.module';
import { MeasuresModule } from './measures/measures.module';
import { HealthController } from './health/health.controller';
import { UsersModule } from './users/users.module';
import { AlertsModule } from './alerts/alerts.module';
import { InvitationsModule } from './invitations/invitations.module';
import { LinkSettings } from './invitations/link-settings';
import { DeliverySettings } from './jobs/delivery-settings';
import { JobsModule } from './jobs/jobs.module';
import { MeasurePlansModule } from './measure-plans/measure-plans.module';
import { QuestionnaireLinkModule } from './questionnaire-link/questionnaire-link.module';
import { PrepModule } from './prep/prep.module';

@Global()
@Module({})
class CoreModule {
  static with(db: DataSource, clock: Clock, links: LinkSettings, delivery: DeliverySettings): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: DataSource, useValue: db },
        { provide: Clock, useValue: clock },
        { provide: LinkSettings, useValue: links },
        { provide: DeliverySettings, useValue: delivery },
      ],
      exports: [DataSource, Clock, LinkSettings, DeliverySettings],
    };
  }
}

@Module({})
export class AppModule {
  /** The database is opened (and migrated) by the caller, so start-up order stays explicit. */
  static with(
    db: DataSource,
    clock = new Clock(),
    links = new LinkSettings('http://localhost:3000', ''),
    delivery = new DeliverySettings(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.with(db, clock, links, delivery),
        AccessModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ClientsModule,
        GoalsModule,
        SessionsModule,
        MeasuresModule,
        ProgressModule,
        ExportModule,
        InvitationsModule,
        QuestionnaireLinkModule,
        AlertsModule,
        PrepModule,
        JobsModule,
        MeasurePlansModule,
        DemoModule,
      ],
      controllers: [HealthController],
    };
  }
}
