import { ApiProperty } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AuditAction } from '@securebase/shared';
import { PageQuery } from '../../common/pagination';
import { DateField, EnumField, UuidField } from '../../common/validation';

export class AuditQuery extends PageQuery {
  @UuidField({ optional: true }) clientId?: string;
  @UuidField({ optional: true }) actorId?: string;
  @EnumField(AUDIT_ACTIONS, 'AuditAction', { optional: true }) action?: AuditAction;
  @DateField({ optional: true, description: 'First day included' }) from?: string;
  @DateField({ optional: true, description: 'Last day included' }) to?: string;
}

export class AuditEventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS, enumName: 'AuditAction' }) action: AuditAction;
  @ApiProperty({ type: String, nullable: true }) entityType: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entityId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) clientId: string | null;
  @ApiProperty({ enum: ['success', 'failure', 'denied'] }) outcome: string;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
}

export class AuditListDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
