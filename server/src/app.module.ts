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

@Global()
@Module({})
class CoreModule {
  static with(db: DataSource, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: DataSource, useValue: db },
        { provide: Clock, useValue: clock },
      ],
      exports: [DataSource, Clock],
    };
  }
}

@Module({})
export class AppModule {
  /** The database is opened (and migrated) by the caller, so start-up order stays explicit. */
  static with(db: DataSource, clock = new Clock()): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.with(db, clock), AccessModule, AuditModule, AuthModule, UsersModule, ClientsModule, GoalsModule, SessionsModule, MeasuresModule, ProgressModule, ExportModule, DemoModule],
      controllers: [HealthController],
    };
  }
}
