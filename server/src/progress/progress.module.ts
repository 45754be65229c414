import { Module } from '@nestjs/common';
import { DashboardService } from './dashboard.service';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

@Module({ controllers: [ProgressController], providers: [ProgressService, DashboardService] })
export class ProgressModule {}
