import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';
import { Clock } from '../common/clock';
import { ApiError } from '../common/errors';
import { hashOfToken, isTokenShaped } from '../invitations/link-token';
import { JobsRepository } from './jobs.repository';

export class EmailsStoppedDto {
  @ApiProperty() practiceName: string;
}

/** The "stop these emails" link of every email (PUBLIC_URL/q/<token>/stop-emails): no sign-in, the token is the credential. */
@ApiTags('questionnaire link')
@Public()
@Controller('q')
export class StopEmailsController {
  constructor(
    private readonly jobs: JobsRepository,
    private readonly clock: Clock,
  ) {}

  @Post(':token/stop-emails')
  @HttpCode(200)
  @ApiParam({ name: 'token', description: 'The stop token of one email' })
  @ApiOkResponse({ type: EmailsStoppedDto, description: 'The client is no longer emailed; the clinician sees "client turned off email"' })
  async stopEmails(@Param('token') token: string): Promise<EmailsStoppedDto> {
    if (!isTokenShaped(token)) throw new ApiError('link_invalid', 'This link is no longer valid');
    const hash = hashOfToken(token);
    const stopped = await this.jobs.stopEmails(hash, this.clock.now());
    const practice = stopped && (await this.jobs.practiceNameOfStopToken(hash));
    if (!practice) throw new ApiError('link_invalid', 'This link is no longer valid');
    return practice;
  }
}
