import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@securebase/shared';

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role' }) role: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) supervisorId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: "Signing moves this clinician's sessions to pending_cosign until their supervisor co-signs" })
  requiresCosign: boolean;
  @ApiProperty({ description: 'Name of the practice the user belongs to' }) practiceName: string;
}

export class UserEnvelopeDto {
  @ApiProperty({ type: UserDto }) user: UserDto;
}

export class UserListDto {
  @ApiProperty({ type: [UserDto] }) items: UserDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** A user as `pg` returns USER_COLUMNS (users.repository.ts): the DTO and the practice id the session keeps. */
export interface UserRow extends UserDto {
  practiceId: string;
}

export function toUserDto(row: UserRow): UserDto {
  const { id, email, displayName, role, supervisorId, active, requiresCosign, practiceName } = row;
  return { id, email, displayName, role, supervisorId, active, requiresCosign, practiceName };
}

/** A colleague as another clinician sees them: a name to show and pick, not an account to manage. */
export class ColleagueDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ['clinician', 'supervisor'] }) role: 'clinician' | 'supervisor';
  @ApiProperty({ description: 'False once an admin has deactivated the account; kept so past authors still have names' })
  active: boolean;
}

export class ColleagueListDto {
  @ApiProperty({ type: [ColleagueDto] }) items: ColleagueDto[];
}
