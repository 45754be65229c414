import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ATTACHMENT_STYLES,
  AttachmentStyle,
  CLIENT_STATUSES,
  ClientStatus,
  DISCHARGE_REASON_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PRESENTING_PATTERNS,
  PresentingPattern,
  PRONOUNS_MAX_LENGTH,
} from '@securebase/shared';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../common/pagination';
import { BoolField, DateField, EmailField, EnumArrayField, EnumField, IntField, TextField, UuidField } from '../../common/validation';

export class CreateClientDto {
  @TextField({ max: NAME_MAX_LENGTH, example: 'Maya' }) firstName: string;
  @TextField({ max: NAME_MAX_LENGTH, example: 'Lindqvist' }) lastName: string;
  @TextField({ max: NAME_MAX_LENGTH, optional: true, nullable: true }) preferredName?: string | null;
  @DateField({ optional: true, nullable: true, example: '1991-06-14' }) dateOfBirth?: string | null;
  @TextField({ max: PRONOUNS_MAX_LENGTH, optional: true, nullable: true, example: 'she/her' }) pronouns?: string | null;
  @EnumField(ATTACHMENT_STYLES, 'AttachmentStyle', { optional: true }) attachmentStyle?: AttachmentStyle;
  @EnumArrayField(PRESENTING_PATTERNS, 'PresentingPattern', { optional: true }) presentingPatterns?: PresentingPattern[];
  @DateField({ example: '2026-01-12' }) intakeDate: string;
  @EmailField({ optional: true, nullable: true, description: 'Where scheduled questionnaires are emailed, while contactByEmail is on' })
  email?: string | null;
  @BoolField({ optional: true, description: 'The client agreed to unencrypted email; turning it on needs email and records contactConsentOn' })
  contactByEmail?: boolean;
}

export class UpdateClientDto {
  @TextField({ max: NAME_MAX_LENGTH, optional: true }) firstName?: string;
  @TextField({ max: NAME_MAX_LENGTH, optional: true }) lastName?: string;
  @TextField({ max: NAME_MAX_LENGTH, optional: true, nullable: true }) preferredName?: string | null;
  @DateField({ optional: true, nullable: true }) dateOfBirth?: string | null;
  @TextField({ max: PRONOUNS_MAX_LENGTH, optional: true, nullable: true }) pronouns?: string | null;
  @EnumField(ATTACHMENT_STYLES, 'AttachmentStyle', { optional: true }) attachmentStyle?: AttachmentStyle;
  @EnumArrayField(PRESENTING_PATTERNS, 'PresentingPattern', { optional: true }) presentingPatterns?: PresentingPattern[];
  @DateField({ optional: true }) intakeDate?: string;
  @EmailField({ optional: true, nullable: true, description: 'Where scheduled questionnaires are emailed, while contactByEmail is on' })
  email?: string | null;
  @BoolField({ optional: true, description: 'The client agreed to unencrypted email; turning it on needs email and records contactConsentOn' })
  contactByEmail?: boolean;
  @IntField({ min: 1, max: 2_147_483_647, description: 'The version you read; a stale one gets 409' }) version: number;
}

export class DischargeClientDto {
  @DateField() dischargedOn: string;
  @TextField({ max: DISCHARGE_REASON_MAX_LENGTH }) reason: string;
}

export class AddCareTeamMemberDto {
  @UuidField() userId: string;
}

export class ClientListQuery extends PageQuery {
  @EnumField(['active', 'discharged', 'all'] as const, 'ClientStatusFilter', { optional: true })
  status?: 'active' | 'discharged' | 'all';

  @ApiPropertyOptional({ description: 'Matches first, last or preferred name' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(100, { message: 'must be at most 100 characters' })
  q?: string;
}

export class ClientDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) preferredName: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dateOfBirth: string | null;
  @ApiProperty({ type: String, nullable: true }) pronouns: string | null;
  @ApiProperty({ enum: ATTACHMENT_STYLES, enumName: 'AttachmentStyle' }) attachmentStyle: AttachmentStyle;
  @ApiProperty({ enum: PRESENTING_PATTERNS, enumName: 'PresentingPattern', isArray: true }) presentingPatterns: PresentingPattern[];
  @ApiProperty({ format: 'date' }) intakeDate: string;
  @ApiProperty({ enum: CLIENT_STATUSES, enumName: 'ClientStatus' }) status: ClientStatus;
  @ApiProperty({ format: 'uuid' }) primaryClinicianId: string;
  @ApiProperty({ type: [String], description: 'User ids of the care team' }) careTeam: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) dischargedOn: string | null;
  @ApiProperty({ type: String, format: 'email', nullable: true }) email: string | null;
  @ApiProperty({ description: 'Scheduled questionnaires are emailed to the client' }) contactByEmail: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The day the client agreed to unencrypted email' })
  contactConsentOn: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the client turned email off with the link in an email; cleared when contactByEmail is turned on again',
  })
  emailStoppedAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class ClientListDto {
  @ApiProperty({ type: [ClientDto] }) items: ClientDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
