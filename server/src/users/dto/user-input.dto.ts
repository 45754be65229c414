import { ApiProperty } from '@nestjs/swagger';
import { ROLES, Role } from '@securebase/shared';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { BoolField, EmailField, EnumField, TextField, UuidField } from '../../common/validation';

// Password strength is checked in the service (needs the email); here only its type and bound.
const PasswordField =
  (optional = false) =>
  (target: object, key: string) => {
    IsString({ message: 'must be text' })(target, key);
    MaxLength(200, { message: 'must be at most 200 characters' })(target, key);
    ApiProperty({ required: !optional, minLength: 12, maxLength: 200, description: 'At least 12 characters; not a commonly used password' })(
      target,
      key,
    );
  };

export class CreateUserDto {
  @EmailField() email: string;
  @TextField({ max: 100 }) displayName: string;
  @EnumField(ROLES, 'Role') role: Role;
  @PasswordField() password: string;
  @UuidField({ optional: true, nullable: true, description: 'A supervisor of the same practice' }) supervisorId?: string | null;
}

export class UpdateUserDto {
  @TextField({ max: 100, optional: true }) displayName?: string;
  @EnumField(ROLES, 'Role', { optional: true }) role?: Role;
  @UuidField({ optional: true, nullable: true }) supervisorId?: string | null;
  @BoolField({ optional: true }) active?: boolean;
  @BoolField({
    optional: true,
    description: "Only for a clinician who has a supervisor: their signed sessions wait for the supervisor's co-signature",
  })
  requiresCosign?: boolean;
  @ValidateIf((_, v) => v !== undefined)
  @PasswordField(true)
  password?: string;
}
