import { Injectable } from '@nestjs/common';
import { ANSWER_LABELS, INSTRUMENTS, scoreMeasure, toCalendarDate, type FieldProblem, type InstrumentCode } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { LoginThrottle } from '../auth/login-throttle';
import { Clock } from '../common/clock';
import { ApiError, InvalidInput } from '../common/errors';
import { LinkSettings } from '../invitations/link-settings';
import { hashOfToken, isTokenShaped } from '../invitations/link-token';
import { MeasuresService } from '../measures/measures.service';
import { LinkDescriptionDto, SubmitLinkDto, SubmittedDto, VerifiedLinkDto } from './dto/questionnaire-link.dto';
import { linkCookieAllows, linkCookieValue } from './link-cookie';
import { OpenLinkRow, QuestionnaireLinkRepository } from './questionnaire-link.repository';

/** Wrong dates of birth a link takes; the last one locks it. */
export const MAX_WRONG_DATES = 5;

/** Shown after PHQ-9 item 9 above 0 when the practice has written nothing of its own. */
export const DEFAULT_CRISIS_RESOURCES =
  'If you are thinking about harming yourself, or feel you might act on such thoughts, please get help now: ' +
  'call your local emergency number, go to the nearest emergency department, or call a crisis line. ' +
  'You can also contact your clinician and tell them what you answered.';

/** One answer for every link that cannot be used, whatever the reason: nothing tells them apart. */
export class LinkInvalid extends ApiError {
  constructor() {
    super('link_invalid', 'This link is no longer valid');
  }
}

/** Who is on the other end of a public request, for throttling and the audit trail. */
export interface LinkCaller {
  ip: string;
  requestId: string;
  cookieHeader?: string;
}

/**
 * The client's side of a questionnaire link. No one is signed in: the token finds the link, the
 * date of birth opens it, and a signed cookie bound to that link carries the verification to
 * the submission. Every rule is enforced here, none by the page.
 */
@Injectable()
export class QuestionnaireLinkService {
  constructor(
    private readonly links: QuestionnaireLinkRepository,
    private readonly measures: MeasuresService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
    private readonly settings: LinkSettings,
    private readonly db: DataSource,
  ) {}

  private async openLink(token: string): Promise<OpenLinkRow> {
    // A string that cannot be a token costs no query.
    if (!isTokenShaped(token)) throw new LinkInvalid();
    const link = await this.links.openLink(hashOfToken(token), this.clock.now());
    if (!link) throw new LinkInvalid();
    return link;
  }

  async describe(token: string): Promise<LinkDescriptionDto> {
    const link = await this.openLink(token);
    return { practiceName: link.practiceName, expiresAt: link.expiresAt };
  }

  /**
   * Checks the date of birth. Throttled per IP as sign-in is (the same failure table, keyed by link),
   * and the fifth wrong date locks the link for good.
   */
  async verify(token: string, dateOfBirth: string, caller: LinkCaller): Promise<{ answer: VerifiedLinkDto; cookie: string }> {
    // A dead link answers 404 before any throttling, so a locked link keeps answering as every dead one does.
    const link = await this.openLink(token);
    const key = `questionnaire-link:${link.id}`;
    await this.throttle.check(key, caller.ip);
    const now = this.clock.now();
    if (!(await this.links.dateOfBirthMatches(link.clientId, dateOfBirth))) {
      await this.throttle.recordFailure(key, caller.ip);
      const failures = await this.links.recordWrongDate(link.id, now, MAX_WRONG_DATES);
      await this.audit.recordAnonymous({
        action: 'verify_failed',
        entityType: 'invitation',
        entityId: link.id,
        clientId: link.clientId,
        practiceId: link.practiceId,
        actorId: null,
        outcome: 'failure',
        ip: caller.ip,
        requestId: caller.requestId,
      });
      if (failures === undefined) throw new LinkInvalid();
      throw new ApiError('wrong_credentials', 'That date of birth does not match our records', {
        attemptsLeft: Math.max(0, MAX_WRONG_DATES - failures),
      });
    }
    await this.throttle.clear(key, caller.ip);
    await this.links.markOpened(link.id, now);
    const goals = link.includeGoals ? await this.links.activeGoals(this.db, link.clientId) : [];
    return {
      answer: { instruments: link.instruments.map(describeInstrument), goals },
      cookie: linkCookieValue(this.settings.secret, link.id, now),
    };
  }

  /**
   * Stores a submission in one transaction: a measure per questionnaire (scored by the clinician's
   * code, alerts included), the client's goal ratings, the link marked completed and the `submit`
   * event. The link's row is locked first, so a second submission waits and then finds it used.
   */
  async submit(token: string, dto: SubmitLinkDto, caller: LinkCaller): Promise<SubmittedDto> {
    const link = await this.openLink(token);
    if (!linkCookieAllows(caller.cookieHeader, this.settings.secret, link.id, this.clock.now())) {
      throw new ApiError('unauthenticated', 'Confirm your date of birth to continue');
    }
    const scored = scoreSubmission(link.instruments, dto);
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      if (!(await this.links.claimForSubmission(tx, link.id, now))) throw new LinkInvalid();
      const shown = link.includeGoals ? new Set((await this.links.activeGoals(tx, link.clientId)).map((g) => g.id)) : new Set<string>();
      const ratings = dto.goalRatings ?? [];
      const problems: FieldProblem[] = [];
      if (!link.includeGoals && ratings.length) problems.push({ field: 'goalRatings', problem: 'this link does not ask for goal ratings' });
      const rated = new Set<string>();
      ratings.forEach((r, i) => {
        if (link.includeGoals && !shown.has(r.goalId))
          problems.push({ field: `goalRatings[${i}].goalId`, problem: 'must be one of the goals shown' });
        if (rated.has(r.goalId)) problems.push({ field: `goalRatings[${i}].goalId`, problem: 'is rated twice' });
        rated.add(r.goalId);
      });
      if (problems.length) throw new InvalidInput(problems);

      const today = toCalendarDate(now);
      await this.measures.store(
        tx,
        scored.map((m) => ({
          practiceId: link.practiceId,
          clientId: link.clientId,
          sessionId: null,
          instrument: m.instrument,
          administeredOn: today,
          responses: m.responses,
          scores: m.scores,
          band: m.band ?? null,
          flags: m.flags,
          createdBy: null,
          source: 'client' as const,
          invitationId: link.id,
          reviewedAt: null,
          reviewedBy: null,
        })),
      );
      await this.links.insertGoalRatings(tx, link, ratings, today);
      await this.audit.recordAnonymous(
        {
          action: 'submit',
          entityType: 'invitation',
          entityId: link.id,
          clientId: link.clientId,
          practiceId: link.practiceId,
          actorId: null,
          ip: caller.ip,
          requestId: caller.requestId,
        },
        tx,
      );
      const askedAboutSafety = scored.some((m) => m.instrument === 'phq9' && m.responses[8] > 0);
      return { crisisResources: askedAboutSafety ? (link.crisisResources ?? DEFAULT_CRISIS_RESOURCES) : null };
    });
  }
}

/** What the client's page needs to ask one questionnaire: our labels, never the instrument's wording. */
function describeInstrument(code: InstrumentCode) {
  const i = INSTRUMENTS[code];
  return {
    code,
    name: i.name,
    itemCount: i.itemCount,
    min: i.min,
    max: i.max,
    answerLabels: [...ANSWER_LABELS[code]],
    itemLabels: [...i.itemLabels],
  };
}

/** Every questionnaire on the link answered once and in full, nothing else; scored by the shared code. */
function scoreSubmission(invited: InstrumentCode[], dto: SubmitLinkDto) {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const scored: { instrument: InstrumentCode; responses: number[]; scores: Record<string, number>; band?: string; flags: string[] }[] = [];
  dto.measures.forEach((m, i) => {
    if (!invited.includes(m.instrument)) {
      problems.push({ field: `measures[${i}].instrument`, problem: 'is not one of the questionnaires on this link' });
      return;
    }
    if (seen.has(m.instrument)) {
      problems.push({ field: `measures[${i}].instrument`, problem: 'is answered twice' });
      return;
    }
    seen.add(m.instrument);
    const outcome = scoreMeasure(m.instrument, m.responses);
    if (!outcome.ok) problems.push(...outcome.errors.map((e) => ({ field: `measures[${i}].${e.field}`, problem: e.problem })));
    else scored.push({ instrument: m.instrument, responses: m.responses, ...outcome.result });
  });
  for (const code of invited)
    if (!seen.has(code)) problems.push({ field: 'measures', problem: `must include an answer to ${INSTRUMENTS[code].name}` });
  if (problems.length) throw new InvalidInput(problems);
  return scored;
}
