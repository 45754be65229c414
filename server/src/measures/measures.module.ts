import { Module } from '@nestjs/common';
import { AlertsModule } from '../alerts/alerts.module';
import { MeasuresController } from './measures.controller';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';

@Module({ imports: [AlertsModule], controllers: [MeasuresController], providers: [MeasuresRepository, MeasuresService], exports: [MeasuresService] })
export class MeasuresModule {}
