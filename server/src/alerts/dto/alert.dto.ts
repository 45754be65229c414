import { ApiProperty } from '@nestjs/swagger';
import { ALERT_KINDS, ALERT_STATUSES, AlertKind, AlertStatus } from '@securebase/shared';
import { EnumField, TextField } from '../../common/validation';

export class AlertQuery {
  @EnumField(['open', 'resolved', 'all'] as const, 'AlertFilter', { optional: true, description: 'Default: all' }) status?:
    'open' | 'resolved' | 'all';
}

export class ResolveAlertDto {
  @TextField({ max: 2000, description: 'What was done: who spoke with the client, the plan agreed' }) note: string;
}

export class AlertDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: ALERT_KINDS, enumName: 'AlertKind' }) kind: AlertKind;
  @ApiProperty({ format: 'uuid' }) measureId: string;
  @ApiProperty({ format: 'date-time' }) raisedAt: string;
  @ApiProperty({ enum: ALERT_STATUSES, enumName: 'AlertStatus' }) status: AlertStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) resolvedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class AlertListDto {
  @ApiProperty({ type: [AlertDto] }) items: AlertDto[];
}
