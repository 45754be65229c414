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
import { DateField, EnumField } from '../../common/validation';

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
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: [GoalRatingDto] }) goalRatings: GoalRatingDto[];
  @ApiProperty({ type: [PatternDto] }) patterns: PatternDto[];
  @ApiProperty({ type: [InterventionDto] }) interventions: InterventionDto[];
  @ApiProperty({ type: [AddendumDto] }) addenda: AddendumDto[];
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
