import { ApiProperty } from '@nestjs/swagger';
import { INSTRUMENT_CODES, INVITATION_SOURCES, INVITATION_STATUSES, InstrumentCode, InvitationSource, InvitationStatus } from '@securebase/shared';
import { ArrayMinSize, ArrayUnique } from 'class-validator';
import { BoolField, EnumArrayField, IntField } from '../../common/validation';

export const MAX_INSTRUMENTS_PER_LINK = 5;
export const DEFAULT_EXPIRY_DAYS = 7;

export class CreateInvitationDto {
  @ArrayMinSize(1, { message: 'must name at least one questionnaire' })
  @ArrayUnique({ message: 'must not name a questionnaire twice' })
  @EnumArrayField(INSTRUMENT_CODES, 'InstrumentCode', { maxItems: MAX_INSTRUMENTS_PER_LINK, example: ['phq9', 'gad7'] })
  instruments: InstrumentCode[];
  @BoolField({ optional: true, description: 'Also ask the client to rate their active goals (0–10)' }) includeGoals?: boolean;
  @IntField({ min: 1, max: 14, optional: true, description: `Days the link stays usable (default ${DEFAULT_EXPIRY_DAYS})` }) expiresInDays?: number;
}

export class InvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) clientId: string;
  @ApiProperty({ enum: INSTRUMENT_CODES, enumName: 'InstrumentCode', isArray: true }) instruments: InstrumentCode[];
  @ApiProperty() includeGoals: boolean;
  @ApiProperty({ enum: INVITATION_STATUSES, enumName: 'InvitationStatus', description: 'A link locked by wrong dates of birth is expired' })
  status: InvitationStatus;
  @ApiProperty({ enum: INVITATION_SOURCES, enumName: 'InvitationSource' }) source: InvitationSource;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) voidedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set when five wrong dates of birth locked the link' })
  lockedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) emailedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) remindedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the email or reminder did not go, in words ("email not configured")' })
  deliveryError: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The measure plan that made it; null for a link sent by hand' })
  planId: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: "The plan's due date this link is for" }) dueOn: string | null;
}

/** The answer to sending a link: the only answer that ever carries the link itself. */
export class CreatedInvitationDto extends InvitationDto {
  @ApiProperty({ description: 'PUBLIC_URL/q/<token>; shown once, never stored', example: 'https://care.example.org/q/…' }) url: string;
}

/** A scheduled link, again, for the clinician to copy when it was not (or could not be) emailed. */
export class InvitationLinkDto {
  @ApiProperty({ description: 'PUBLIC_URL/q/<token>', example: 'https://care.example.org/q/…' }) url: string;
}

export class InvitationListDto {
  @ApiProperty({ type: [InvitationDto] }) items: InvitationDto[];
}
