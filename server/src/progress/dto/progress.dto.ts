import { ApiProperty } from '@nestjs/swagger';
import {
  Approach,
  DASHBOARD_FLAGS,
  DashboardFlag,
  GOAL_DOMAINS,
  GOAL_STATUSES,
  GoalDomain,
  GoalStatus,
  PRESENTING_PATTERNS,
  PresentingPattern,
} from '@securebase/shared';
import { ClientDto } from '../../clients/dto/client.dto';
import { DateField } from '../../common/validation';

export class ProgressQuery {
  @DateField({ optional: true, description: 'First day included (UTC); default: the whole course' }) from?: string;
  @DateField({ optional: true, description: 'Last day included (UTC)' }) to?: string;
}

export class GoalPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() rating: number;
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty({ required: false, description: 'Present only when the clinician wrote one (keeps long courses small)' }) comment?: string;
}

/** A rating the client gave their own goal through a questionnaire link. */
export class ClientGoalPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() rating: number;
  @ApiProperty({ format: 'uuid' }) invitationId: string;
}

export class GoalProgressDto {
  @ApiProperty({ format: 'uuid' }) goalId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: GOAL_DOMAINS, enumName: 'GoalDomain' }) domain: GoalDomain;
  @ApiProperty({ enum: GOAL_STATUSES, enumName: 'GoalStatus' }) status: GoalStatus;
  @ApiProperty() baseline: number;
  @ApiProperty() target: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) achievedOn: string | null;
  @ApiProperty({ type: [GoalPointDto] }) points: GoalPointDto[];
  @ApiProperty({ type: [ClientGoalPointDto], description: "The client's own ratings, oldest first" }) clientPoints: ClientGoalPointDto[];
}

export class MeasurePointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() score: number;
  @ApiProperty({ type: String, nullable: true }) band: string | null;
  @ApiProperty({ type: [String], description: "The measure's flags, e.g. safety_item (PHQ-9 item 9 above 0)" }) flags: string[];
}

export class ReliableChangeDto {
  @ApiProperty() from: number;
  @ApiProperty() to: number;
  @ApiProperty() rci: number;
  @ApiProperty({ enum: ['improved', 'no_change', 'worse'] }) verdict: 'improved' | 'no_change' | 'worse';
}

export class MeasureSeriesDto {
  @ApiProperty() instrument: string;
  @ApiProperty({ description: 'Which score: total, anxiety, avoidance…' }) scale: string;
  @ApiProperty({ type: [MeasurePointDto] }) points: MeasurePointDto[];
  @ApiProperty({ type: ReliableChangeDto, nullable: true }) reliableChange: ReliableChangeDto | null;
}

export class AttachmentPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() anxiety: number;
  @ApiProperty() avoidance: number;
  @ApiProperty() instrument: string;
}

export class ApproachMonthDto {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({
    description: 'Intervention notes per approach code',
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { eft: 3, cbt: 1 },
  })
  counts: Partial<Record<Approach, number>>;
}

export class PatternMonthDto {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ enum: PRESENTING_PATTERNS, enumName: 'PresentingPattern' }) pattern: PresentingPattern;
  @ApiProperty() meanIntensity: number;
}

export class AttendanceDto {
  @ApiProperty() attended: number;
  @ApiProperty() cancelled: number;
  @ApiProperty() noShow: number;
}

export class ProgressDto {
  @ApiProperty({ type: [GoalProgressDto] }) goals: GoalProgressDto[];
  @ApiProperty({ type: [MeasureSeriesDto] }) measures: MeasureSeriesDto[];
  @ApiProperty({ type: [AttachmentPointDto] }) attachment: AttachmentPointDto[];
  @ApiProperty({ type: [ApproachMonthDto] }) approaches: ApproachMonthDto[];
  @ApiProperty({ type: [PatternMonthDto] }) patterns: PatternMonthDto[];
  @ApiProperty({ type: AttendanceDto }) attendance: AttendanceDto;
}

export class TrendPointDto {
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty() meanRating: number;
}

export class DashboardRowDto {
  @ApiProperty({ type: ClientDto }) client: ClientDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSessionAt: string | null;
  @ApiProperty() sessionsLast30Days: number;
  @ApiProperty({ type: [TrendPointDto], description: 'Mean goal rating per session, oldest first (last 12 rated sessions)' })
  goalTrend: TrendPointDto[];
  @ApiProperty({ enum: DASHBOARD_FLAGS, enumName: 'DashboardFlag', isArray: true }) flags: DashboardFlag[];
}

export class DashboardDto {
  @ApiProperty({ type: [DashboardRowDto] }) clients: DashboardRowDto[];
}
