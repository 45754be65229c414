import { Module } from '@nestjs/common';
import { CaseSummaryLoader } from './case-summary.loader';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

@Module({ controllers: [ExportController], providers: [ExportService, CaseSummaryLoader] })
export class ExportModule {}
