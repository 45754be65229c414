import { ApiProperty } from '@nestjs/swagger';
import { GOAL_DOMAINS, GOAL_STATUSES, GoalDomain, GoalStatus, RATING_MAX, RATING_MIN, TEXT_MAX_LENGTH } from '@securebase/shared';
import { DateField, EnumField, IntField, TextField } from '../../common/validation';

const score = { min: RATING_MIN, max: RATING_MAX };

export class CreateGoalDto {
  @EnumField(GOAL_DOMAINS, 'GoalDomain') domain: GoalDomain;
  @TextField({ max: 200, example: 'Say no to extra shifts without apologising' }) title: string;
  @TextField({ max: TEXT_MAX_LENGTH, optional: true, nullable: true }) description?: string | null;
  @IntField({ ...score, description: 'Where the client starts, 0–10' }) baseline: number;
  @IntField({ ...score, description: 'Where the client wants to be, 0–10' }) target: number;
  @DateField() startedOn: string;
}

export class UpdateGoalDto {
  @TextField({ max: 200, optional: true }) title?: string;
  @TextField({ max: TEXT_MAX_LENGTH, optional: true, nullable: true }) description?: string | null;
  @IntField({ ...score, optional: true }) target?: number;
  @EnumField(GOAL_STATUSES, 'GoalStatus', { optional: true }) status?: GoalStatus;
  @IntField({ min: 1, max: 2_147_483_647, description: 'The version you read; a stale one gets 409' }) version: number;
}

export class GoalDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: GOAL_DOMAINS, enumName: 'GoalDomain' }) domain: GoalDomain;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty() baseline: number;
  @ApiProperty() target: number;
  @ApiProperty({ enum: GOAL_STATUSES, enumName: 'GoalStatus' }) status: GoalStatus;
  @ApiProperty({ format: 'date' }) startedOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) achievedOn: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Rating from the most recent session that rated it' }) latestRating: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class GoalListDto {
  @ApiProperty({ type: [GoalDto] }) items: GoalDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
