import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENT_CODES, InstrumentCode } from '@securebase/shared';
import { ArrayMinSize, ArrayUnique } from 'class-validator';
import { BoolField, DateField, EnumArrayField, EnumField, IntField } from '../../common/validation';
import { DEFAULT_EXPIRY_DAYS, MAX_INSTRUMENTS_PER_LINK } from '../../invitations/dto/invitation.dto';
import { MEASURE_PLAN_CADENCES, MeasurePlanCadence } from '../cadence';

export const DEFAULT_REMINDER_AFTER_DAYS = 2;
export const MEASURE_PLAN_STATUSES = ['active', 'stopped'] as const;
export type MeasurePlanStatus = (typeof MEASURE_PLAN_STATUSES)[number];

export class CreateMeasurePlanDto {
  @ArrayMinSize(1, { message: 'must name at least one questionnaire' })
  @ArrayUnique({ message: 'must not name a questionnaire twice' })
  @EnumArrayField(INSTRUMENT_CODES, 'InstrumentCode', { maxItems: MAX_INSTRUMENTS_PER_LINK, example: ['phq9', 'gad7'] })
  instruments: InstrumentCode[];
  @BoolField({ optional: true, description: 'Also ask the client to rate their active goals (0–10)' }) includeGoals?: boolean;
  @EnumField(MEASURE_PLAN_CADENCES, 'MeasurePlanCadence') cadence: MeasurePlanCadence;
  @DateField({ description: 'The first due date; not in the past', example: '2026-03-02' }) startsOn: string;
  @DateField({ optional: true, nullable: true, description: 'No due date after this day' }) endsOn?: string | null;
  @IntField({ min: 1, max: 14, optional: true, description: `Days each link stays usable (default ${DEFAULT_EXPIRY_DAYS})` }) expiresInDays?: number;
  @IntField({ min: 1, max: 13, optional: true, description: `Days after the email before one reminder (default ${DEFAULT_REMINDER_AFTER_DAYS})` })
  reminderAfterDays?: number;
}

export class UpdateMeasurePlanDto {
  @EnumField(MEASURE_PLAN_CADENCES, 'MeasurePlanCadence', { optional: true }) cadence?: MeasurePlanCadence;
  @DateField({ optional: true, nullable: true, description: 'null: no end' }) endsOn?: string | null;
  @EnumField(MEASURE_PLAN_STATUSES, 'MeasurePlanStatus', { optional: true, description: 'stopped: no further due dates; history is kept' })
  status?: MeasurePlanStatus;
  @IntField({ min: 1, max: 2_147_483_647, description: 'The version you read; a stale one gets 409' }) version: number;
}

export class MeasurePlanDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode', isArray: true }) instruments: InstrumentCode[];
  @ApiProperty() includeGoals: boolean;
  @ApiProperty({ enum: MEASURE_PLAN_CADENCES, enumName: 'MeasurePlanCadence' }) cadence: MeasurePlanCadence;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn: string | null;
  @ApiProperty() expiresInDays: number;
  @ApiProperty() reminderAfterDays: number;
  @ApiProperty({ enum: MEASURE_PLAN_STATUSES, enumName: 'MeasurePlanStatus' }) status: MeasurePlanStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The next due date not yet sent; null when stopped or run out' })
  nextDueOn: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) stoppedAt: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class MeasurePlanListDto {
  @ApiProperty({ type: [MeasurePlanDto] }) items: MeasurePlanDto[];
}
