import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MeasuresModule } from '../measures/measures.module';
import { QuestionnaireLinkController } from './questionnaire-link.controller';
import { QuestionnaireLinkRepository } from './questionnaire-link.repository';
import { QuestionnaireLinkService } from './questionnaire-link.service';

/** The public side of questionnaire links; it shares the scoring (MeasuresService) and the sign-in throttle, nothing of the clinician's session. */
@Module({
  imports: [AuthModule, MeasuresModule],
  controllers: [QuestionnaireLinkController],
  providers: [QuestionnaireLinkRepository, QuestionnaireLinkService],
  exports: [QuestionnaireLinkService],
})
export class QuestionnaireLinkModule {}
