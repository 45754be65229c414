import { ApiProperty } from '@nestjs/swagger';
import {
  APPROACHES,
  Approach,
  ATTENDANCES,
  Attendance,
  MODALITIES,
  Modality,
  PRESENTING_PATTERNS,
  PresentingPattern,
  SESSION_STATUSES,
  SessionStatus,
  SETTINGS,
  Setting,
} from '@securebase/shared';
import { PageQuery } from '../../common/pagination';
import { DateField, EnumField, UuidField } from '../../common/validation';

export class GoalRatingDto {
  @ApiProperty({ format: 'uuid' }) goalId: string;
  @ApiProperty() rating: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
}

export class PatternDto {
  @ApiProperty({ enum: PRESENTING_PATTERNS, enumName: 'PresentingPattern' }) pattern: PresentingPattern;
  @ApiProperty() intensity: number;
}

export class InterventionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: APPROACHES, enumName: 'Approach' }) approach: Approach;
  @ApiProperty({ type: [String] }) techniques: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [String] }) goalIds: string[];
}

export class AddendumDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'uuid' }) authorId: string;
  @ApiProperty() authorName: string;
  @ApiProperty() text: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A supervisor's comment sending a waiting session back to its author; every one is kept. */
export class SessionReturnDto {
  @ApiProperty() comment: string;
  @ApiProperty({ format: 'uuid', description: 'The supervisor who returned it' }) by: string;
  @ApiProperty() byName: string;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ enum: MODALITIES, enumName: 'Modality' }) modality: Modality;
  @ApiProperty({ enum: SETTINGS, enumName: 'Setting' }) setting: Setting;
  @ApiProperty({ enum: ATTENDANCES, enumName: 'Attendance' }) attendance: Attendance;
  @ApiProperty({ type: String, nullable: true }) summary: string | null;
  @ApiProperty({ type: String, nullable: true }) plan: string | null;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' }) status: SessionStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) signedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the author signed a session now waiting for co-signature' })
  submittedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cosignedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) cosignedBy: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [GoalRatingDto] }) goalRatings: GoalRatingDto[];
  @ApiProperty({ type: [PatternDto] }) patterns: PatternDto[];
  @ApiProperty({ type: [InterventionDto] }) interventions: InterventionDto[];
  @ApiProperty({ type: [AddendumDto] }) addenda: AddendumDto[];
  @ApiProperty({ type: [SessionReturnDto], description: 'Returns by the supervisor, oldest first' }) returns: SessionReturnDto[];
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] }) items: SessionDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class DateRangeQuery extends PageQuery {
  @DateField({ optional: true, description: 'First day included (UTC)' }) from?: string;
  @DateField({ optional: true, description: 'Last day included (UTC)' }) to?: string;
}

export class InterventionQuery extends DateRangeQuery {
  @EnumField(APPROACHES, 'Approach', { optional: true }) approach?: Approach;
}

export class InterventionNoteDto extends InterventionDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ format: 'date-time' }) sessionStartedAt: string;
  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'SessionStatus' }) sessionStatus: SessionStatus;
  @ApiProperty({ format: 'uuid' }) clinicianId: string;
}

export class InterventionNoteListDto {
  @ApiProperty({ type: [InterventionNoteDto] }) items: InterventionNoteDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ReviewQuery extends PageQuery {
  @UuidField({ optional: true, description: "Only this supervisee's sessions" }) clinicianId?: string;
}

/** One session waiting in a supervisor's queue. */
export class ReviewItemDto {
  @ApiProperty({ type: SessionDto }) session: SessionDto;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ format: 'uuid', description: 'The author' }) clinicianId: string;
  @ApiProperty({ format: 'date-time', description: 'When the author signed it' }) submittedAt: string;
}

export class ReviewListDto {
  @ApiProperty({ type: [ReviewItemDto], description: 'Oldest first' }) items: ReviewItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
