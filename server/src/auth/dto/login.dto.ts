import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { EmailField } from '../../common/validation';

export class LoginDto {
  @EmailField()
  email: string;

  // No strength rules here: a sign-in must not reveal the password policy of an account.
  @IsString({ message: 'must be text' })
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200, { message: 'must be at most 200 characters' })
  @ApiProperty({ minLength: 1, maxLength: 200 })
  password: string;
}
