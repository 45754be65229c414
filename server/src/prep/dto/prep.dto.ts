import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS, AlertKind, INSTRUMENT_CODES, InstrumentCode, MEASURE_SOURCES, MeasureSource } from '@securebase/shared';
import { ReliableChangeDto } from '../../progress/dto/progress.dto';

/** The last attended session: when it was and the plan written at its end. */
export class PrepSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ type: String, nullable: true }) plan: string | null;
}

export class PrepLatestScoreDto {
  @ApiProperty({ format: 'uuid', description: 'The administration, to open it' }) measureId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true, description: "The band of the instrument's banded scale; null on other scales" }) band: string | null;
  @ApiProperty({ enum: MEASURE_SOURCES, enumName: 'MeasureSource' }) source: MeasureSource;
}

export class PrepPreviousScoreDto {
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() score: number;
}

export class PrepMeasureDto {
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode' }) instrument: InstrumentCode;
  @ApiProperty({ description: 'Which score: total, anxiety, avoidance…' }) scale: string;
  @ApiProperty({ type: PrepLatestScoreDto }) latest: PrepLatestScoreDto;
  @ApiProperty({ type: PrepPreviousScoreDto, nullable: true, description: 'The administration before the latest; null with one' })
  previous: PrepPreviousScoreDto | null;
  @ApiProperty({
    enum: ['up', 'down', 'same'],
    nullable: true,
    description: 'Which way the score moved from previous to latest (not whether that is better); null with no previous',
  })
  direction: 'up' | 'down' | 'same' | null;
  @ApiProperty({ description: 'The latest score is dated after the day of the last attended session (true when there is none)' })
  sinceLastSession: boolean;
  @ApiProperty({ type: ReliableChangeDto, nullable: true, description: 'First → latest; null with one score or no confirmed figures' })
  reliableChange: ReliableChangeDto | null;
}

export class PrepRatingDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() rating: number;
  @ApiProperty({ format: 'uuid', description: 'The session it was rated in' }) sessionId: string;
}

export class PrepClientRatingDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() rating: number;
  @ApiProperty({ format: 'uuid' }) invitationId: string;
}

export class PrepGoalDto {
  @ApiProperty({ format: 'uuid' }) goalId: string;
  @ApiProperty() title: string;
  @ApiProperty() baseline: number;
  @ApiProperty() target: number;
  @ApiProperty({ type: [PrepRatingDto], description: "The clinician's three most recent ratings, newest first" }) lastRatings: PrepRatingDto[];
  @ApiProperty({ type: PrepClientRatingDto, nullable: true, description: "The client's own latest rating, through a questionnaire link" })
  clientLatest: PrepClientRatingDto | null;
  @ApiProperty({
    enum: ['improving', 'stable', 'worsening'],
    nullable: true,
    description: 'Mean of the last three ratings against the three before (or the baseline), one point either way; null with fewer than three',
  })
  trend: 'improving' | 'stable' | 'worsening' | null;
}

export class PrepAlertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ALERT_KINDS, enumName: 'AlertKind' }) kind: AlertKind;
  @ApiProperty({ format: 'uuid', description: 'The administration that raised it' }) measureId: string;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
}

export class PrepUnreviewedDto {
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode' }) instrument: InstrumentCode;
  @ApiProperty({ format: 'date' }) date: string;
}

export class PrepNextDueDto {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode', isArray: true }) instruments: InstrumentCode[];
}

/** What to look at in the ten minutes before seeing the client (docs/api.md, "Before the session"). */
export class PrepDto {
  @ApiProperty({ type: PrepSessionDto, nullable: true, description: 'The last attended session; null when there is none' })
  lastSession: PrepSessionDto | null;
  @ApiProperty({ type: [PrepMeasureDto], description: 'One per instrument scale, the most recently scored first' }) measures: PrepMeasureDto[];
  @ApiProperty({ type: [PrepGoalDto], description: 'Active goals, oldest first' }) goals: PrepGoalDto[];
  @ApiProperty({ type: [PrepAlertDto], description: 'Open safety alerts, newest first' }) openAlerts: PrepAlertDto[];
  @ApiProperty({ type: [PrepUnreviewedDto], description: 'Results no clinician has reviewed yet, newest first' }) unreviewed: PrepUnreviewedDto[];
  @ApiProperty({ description: 'Draft sessions (not yet signed)' }) unsignedSessions: number;
  @ApiProperty({ type: PrepNextDueDto, nullable: true, description: 'The running measure plan that comes due soonest; null when none is running' })
  nextDue: PrepNextDueDto | null;
}
