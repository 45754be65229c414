import { Module } from '@nestjs/common';
import { PrepController } from './prep.controller';
import { PrepRepository } from './prep.repository';
import { PrepService } from './prep.service';

@Module({ controllers: [PrepController], providers: [PrepRepository, PrepService] })
export class PrepModule {}
