import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/public.decorator';
import { requestIdOf } from '../common/request-context';
import { LinkDescriptionDto, SubmitLinkDto, SubmittedDto, VerifiedLinkDto, VerifyLinkDto, WrongDateOfBirthDto } from './dto/questionnaire-link.dto';
import { LINK_COOKIE, LINK_COOKIE_MS, LINK_COOKIE_PATH } from './link-cookie';
import { LinkCaller, QuestionnaireLinkService } from './questionnaire-link.service';

const TOKEN_PARAM = { name: 'token', description: 'The token of the link (PUBLIC_URL/q/<token>)' };

function callerOf(req: Request): LinkCaller {
  return { ip: req.ip ?? 'unknown', requestId: requestIdOf(req), cookieHeader: req.headers.cookie };
}

/**
 * The client's questionnaire routes: no sign-in, the link's token is the credential. Unknown,
 * expired, used, voided and locked links all answer the same 404 `link_invalid`.
 */
@ApiTags('questionnaire link')
@Public()
@Controller('q')
export class QuestionnaireLinkController {
  constructor(private readonly links: QuestionnaireLinkService) {}

  @Get(':token')
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: LinkDescriptionDto })
  describeLink(@Param('token') token: string): Promise<LinkDescriptionDto> {
    return this.links.describe(token);
  }

  @Post(':token/verify')
  @HttpCode(200)
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: VerifiedLinkDto, description: 'Also sets the verified-link cookie (30 minutes, this link only)' })
  @ApiUnauthorizedResponse({ type: WrongDateOfBirthDto, description: 'Wrong date of birth; the fifth locks the link' })
  async verifyLink(
    @Param('token') token: string,
    @Body() dto: VerifyLinkDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VerifiedLinkDto> {
    const { answer, cookie } = await this.links.verify(token, dto.dateOfBirth, callerOf(req));
    res.cookie(LINK_COOKIE, cookie, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: LINK_COOKIE_PATH, maxAge: LINK_COOKIE_MS });
    return answer;
  }

  @Post(':token/responses')
  @ApiParam(TOKEN_PARAM)
  @ApiCreatedResponse({ type: SubmittedDto })
  submitResponses(@Param('token') token: string, @Body() dto: SubmitLinkDto, @Req() req: Request): Promise<SubmittedDto> {
    return this.links.submit(token, dto, callerOf(req));
  }
}
