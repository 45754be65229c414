import { Module } from '@nestjs/common';
import { CaseSummaryLoader } from './case-summary.loader';
import { ExportRepository } from './export.repository';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({ controllers: [ExportController], providers: [ExportRepository, ExportService, CaseSummaryLoader] })
export class ExportModule {}
