import { Module } from '@nestjs/common';
import { MeasuresController } from './measures.controller';
import { MeasuresRepository } from './measures.repository';
import { MeasuresService } from './measures.service';

@Module({ controllers: [MeasuresController], providers: [MeasuresRepository, MeasuresService], exports: [MeasuresService] })
export class MeasuresModule {}
