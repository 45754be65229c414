import { Injectable, Logger } from '@nestjs/common';
import { APPROACH_INFO, InstrumentCode, toCalendarDate } from '@securebase/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/passwords';
import { ClientsController } from '../clients/clients.controller';
import { ClientsService } from '../clients/clients.service';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import type { GoalDto } from '../goals/dto/goal.dto';
import { GoalsController } from '../goals/goals.controller';
import { GoalsService } from '../goals/goals.service';
import { MeasuresController } from '../measures/measures.controller';
import { MeasuresService } from '../measures/measures.service';
import { InvitationsController } from '../invitations/invitations.controller';
import { InvitationsService } from '../invitations/invitations.service';
import { LINK_COOKIE } from '../questionnaire-link/link-cookie';
import { QuestionnaireLinkService } from '../questionnaire-link/questionnaire-link.service';
import { SessionsController } from '../sessions/sessions.controller';
import { SessionsService } from '../sessions/sessions.service';
import type { InterventionInput, SessionInput } from '../sessions/dto/session-input.dto';
import { UsersController } from '../users/users.controller';
import { UsersService } from '../users/users.service';
import { DEMO_ADMIN, DEMO_CASELOADS, DEMO_PASSWORD, DEMO_PRACTICE, DEMO_TRAINEE, DEMO_USERS, DemoClient } from './demo-data';
import { answersFor } from './demo-measures';
import { DemoRepository } from './demo.repository';
import { GOALS_BY_DOMAIN, NOTES, PLANS, prng, SUMMARIES } from './demo-story';

const WEEK_MS = 7 * 86_400_000;
/** Whose clients answer questionnaire links in the demo. */
const DEMO_LINKS_CLINICIAN = 'clara@demo.test';
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v)));

/**
 * The demo practice (docs/api.md, "Demo data"), created on first start against the embedded
 * database (or when SEED_DEMO=true). Every clinical record goes through the same services the API uses,
 * audited as the route that makes it declares.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DataSource,
    private readonly repository: DemoRepository,
    private readonly clients: ClientsService,
    private readonly goals: GoalsService,
    private readonly sessions: SessionsService,
    private readonly measures: MeasuresService,
    private readonly users: UsersService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly invitations: InvitationsService,
    private readonly links: QuestionnaireLinkService,
  ) {}

  /** Returns true when it seeded, false when the database already held a practice. */
  async seedIfEmpty(): Promise<boolean> {
    // Only into an empty database: a restored backup of real records must never gain demo accounts.
    if (await this.repository.anyPractice()) return false;
    const ids = await this.createAccounts();
    let sessions = 0;
    const seeded = new Map<string, { clientId: string; goals: GoalDto[] }[]>();
    for (const [email, caseload] of Object.entries(DEMO_CASELOADS)) {
      const ctx: RequestContext = { actor: ids.get(email)!, ip: null, requestId: 'demo-seed' };
      for (const [i, demo] of caseload.entries())
        sessions += await this.seedClient(ctx, demo, i + email.length, (c) => seeded.set(email, [...(seeded.get(email) ?? []), c]));
    }
    sessions += await this.seedSupervision(ids, seeded.get(DEMO_TRAINEE.email) ?? []);
    const claras = seeded.get(DEMO_LINKS_CLINICIAN) ?? [];
    await this.seedQuestionnaireLinks({ actor: ids.get(DEMO_LINKS_CLINICIAN)!, ip: null, requestId: 'demo-seed' }, claras);
    this.logger.log(`Seeded ${DEMO_PRACTICE}: ${DEMO_USERS.length} accounts, ${sessions} sessions`);
    return true;
  }

  private async seedClient(
    ctx: RequestContext,
    demo: DemoClient,
    seed: number,
    made: (c: { clientId: string; goals: GoalDto[] }) => void,
  ): Promise<number> {
    const rnd = prng(seed * 7919);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
    const now = this.clock.now().getTime();
    const intake = new Date(now - demo.weeksInTherapy * WEEK_MS);
    intake.setUTCHours(15, 0, 0, 0);
    const client = await this.as(ClientsController.prototype.createClient, ctx, null, () =>
      this.clients.create(ctx, { ...demo.client, intakeDate: toCalendarDate(intake) }),
    );
    const { story } = demo;
    const goals: GoalDto[] = [];
    for (const domain of story.goals) {
      const goal = { ...GOALS_BY_DOMAIN[domain], startedOn: toCalendarDate(intake) };
      goals.push(await this.as(GoalsController.prototype.createGoal, ctx, client.id, () => this.goals.create(ctx, client.id, goal)));
    }
    if (demo.dischargedWeeksAgo === undefined) made({ clientId: client.id, goals });
    const endWeeksAgo = demo.dischargedWeeksAgo ?? story.quietForWeeks ?? 0;
    const weeks = demo.weeksInTherapy - endWeeksAgo;
    let count = 0;
    for (let week = 0; week < weeks; week++) {
      const startedAt = new Date(intake.getTime() + week * WEEK_MS);
      if (startedAt.getTime() > now) break;
      const progress = weeks > 1 ? week / (weeks - 1) : 0;
      const roll = rnd();
      const attendance = week > 0 && roll < 0.05 ? 'cancelled' : week > 0 && roll < 0.09 ? 'no_show' : 'attended';
      const attended = attendance === 'attended';
      const approaches = [...new Set([pick(story.approaches), ...(rnd() < 0.4 ? [pick(story.approaches)] : [])])];
      const interventions: InterventionInput[] = approaches.map((approach) => ({
        approach,
        techniques: [...new Set([pick(APPROACH_INFO[approach].techniques), pick(APPROACH_INFO[approach].techniques)])].filter(Boolean),
        note: pick(NOTES[approach]),
        goalIds: [pick(goals).id],
      }));
      const input: SessionInput = {
        startedAt: startedAt.toISOString(),
        durationMinutes: week === 0 ? 60 : 50,
        modality: approaches.includes('group') ? 'group' : 'individual',
        setting: rnd() < 0.3 ? 'telehealth' : 'in_person',
        attendance,
        summary: attended ? pick(SUMMARIES) : null,
        plan: attended ? pick(PLANS) : null,
        goalRatings: attended
          ? goals.map((g) => ({ goalId: g.id, rating: clamp(g.baseline + story.trend * progress + (rnd() - 0.5) * 2, 0, 10) }))
          : [],
        patterns: attended
          ? story.patterns.map((pattern) => ({ pattern, intensity: clamp(2.4 - (story.trend / 2) * progress + (rnd() - 0.5), 0, 3) }))
          : [],
        interventions: attended ? interventions : [],
      };
      const session = await this.as(SessionsController.prototype.createSession, ctx, client.id, () => this.sessions.create(ctx, client.id, input));
      count++;
      const isLast = week === weeks - 1;
      if (attended && (week % 4 === 0 || isLast))
        await this.recordMeasures(ctx, client.id, session.id, toCalendarDate(startedAt), demo, progress, isLast, week % 12 === 0 || isLast);
      if (!(isLast && story.lastUnsigned)) {
        await this.as(SessionsController.prototype.signSession, ctx, session.id, () => this.sessions.sign(ctx, session.id, {}));
      }
    }
    if (demo.dischargedWeeksAgo !== undefined) {
      for (const goal of goals) {
        await this.as(GoalsController.prototype.updateGoal, ctx, goal.id, () =>
          this.goals.update(ctx, goal.id, { status: 'achieved', version: goal.version }),
        );
      }
      const on = new Date(now - demo.dischargedWeeksAgo * WEEK_MS);
      await this.as(ClientsController.prototype.dischargeClient, ctx, client.id, () =>
        this.clients.discharge(ctx, client.id, { dischargedOn: toCalendarDate(on), reason: 'Goals met; planned ending' }),
      );
    }
    return count;
  }

  /**
   * Omar is a trainee (docs/api.md, "Co-signature"): once his past notes are signed, the admin
   * turns on co-signature, he signs two new sessions, and Sam returns one with a comment; the
   * other waits in Sam's queue. Returns the number of sessions made.
   */
  private async seedSupervision(ids: Map<string, RequestContext['actor']>, clients: { clientId: string; goals: GoalDto[] }[]): Promise<number> {
    const actor = (email: string): RequestContext => ({ actor: ids.get(email)!, ip: null, requestId: 'demo-seed' });
    const [admin, trainee, supervisor] = [actor(DEMO_ADMIN), actor(DEMO_TRAINEE.email), actor(DEMO_TRAINEE.supervisor)];
    await this.as(UsersController.prototype.updateUser, admin, trainee.actor.id, () =>
      this.users.update(admin, trainee.actor.id, { requiresCosign: true }),
    );
    const now = this.clock.now().getTime();
    const signed = [];
    for (const [i, { clientId, goals }] of clients.slice(0, 2).entries()) {
      const startedAt = new Date(now - (i + 1) * 86_400_000);
      startedAt.setUTCHours(10, 0, 0, 0);
      const input: SessionInput = {
        startedAt: startedAt.toISOString(),
        durationMinutes: 50,
        modality: 'individual',
        setting: 'in_person',
        attendance: 'attended',
        summary: DEMO_TRAINEE.summaries[i],
        plan: DEMO_TRAINEE.plan,
        goalRatings: goals.map((g) => ({ goalId: g.id, rating: clamp(g.baseline + 2, 0, 10) })),
        patterns: [],
        interventions: [],
      };
      const session = await this.as(SessionsController.prototype.createSession, trainee, clientId, () =>
        this.sessions.create(trainee, clientId, input),
      );
      signed.push(await this.as(SessionsController.prototype.signSession, trainee, session.id, () => this.sessions.sign(trainee, session.id, {})));
    }
    const returned = signed[1];
    if (returned) {
      await this.as(SessionsController.prototype.returnSession, supervisor, returned.id, () =>
        this.sessions.returnToAuthor(supervisor, returned.id, { comment: DEMO_TRAINEE.returnComment }),
      );
    }
    return signed.length;
  }

  /**
   * Questionnaires the client answered through links, through the same services as the public routes: three
   * weekly links to Clara's first client with goal ratings (a client-rated series), the older two reviewed, the
   * latest awaiting review with PHQ-9 item 9 above 0 (an open safety alert); and a link to her second client
   * not yet opened. The app clock is set back while the past links are made, so each lands in its own week.
   */
  private async seedQuestionnaireLinks(ctx: RequestContext, clients: { clientId: string; goals: GoalDto[] }[]): Promise<void> {
    const [answering, pending] = clients;
    if (!answering) return;
    const { dateOfBirth } = await this.clients.get(ctx, answering.clientId);
    if (!dateOfBirth) return;
    const caller = { ip: 'demo-seed', requestId: 'demo-seed' };
    for (const weeksAgo of [3, 2, 1]) {
      this.clock.advance(-weeksAgo * WEEK_MS);
      try {
        const sent = await this.as(InvitationsController.prototype.createInvitation, ctx, answering.clientId, () =>
          this.invitations.create(ctx, answering.clientId, { instruments: ['phq9', 'gad7'], includeGoals: true }),
        );
        const token = new URL(sent.url).pathname.split('/').pop()!;
        const { answer, cookie } = await this.links.verify(token, dateOfBirth, caller);
        const latest = weeksAgo === 1;
        await this.links.submit(
          token,
          {
            measures: [
              { instrument: 'phq9', responses: answersFor('phq9', { total: 12 - (3 - weeksAgo) }, { 9: latest ? 1 : 0 }) },
              { instrument: 'gad7', responses: answersFor('gad7', { total: 11 - (3 - weeksAgo) }) },
            ],
            goalRatings: answer.goals.map((g, i) => ({ goalId: g.id, rating: clamp(3 + i + (3 - weeksAgo), 0, 10) })),
          },
          { ...caller, cookieHeader: `${LINK_COOKIE}=${cookie}` },
        );
        if (!latest) {
          const measures = await this.measures.list(ctx, answering.clientId, { limit: 10 });
          for (const m of measures.items.filter((x) => x.invitationId === sent.id)) {
            await this.as(MeasuresController.prototype.reviewMeasure, ctx, m.id, () => this.measures.review(ctx, m.id));
          }
        }
      } finally {
        this.clock.advance(weeksAgo * WEEK_MS);
      }
    }
    if (pending) {
      const client = await this.clients.get(ctx, pending.clientId);
      if (client.dateOfBirth) {
        await this.as(InvitationsController.prototype.createInvitation, ctx, pending.clientId, () =>
          this.invitations.create(ctx, pending.clientId, { instruments: ['gad7'] }),
        );
      }
    }
  }

  /** Questionnaires given in a session, moving along the plan from intake to the latest. */
  private async recordMeasures(
    ctx: RequestContext,
    clientId: string,
    sessionId: string,
    administeredOn: string,
    demo: DemoClient,
    progress: number,
    isLast: boolean,
    withEcr: boolean,
  ) {
    const plan = demo.measures;
    const at = (pair: [number, number]) => pair[0] + (pair[1] - pair[0]) * progress;
    const give = (instrument: InstrumentCode, responses: number[]) =>
      this.as(MeasuresController.prototype.createMeasure, ctx, clientId, () =>
        this.measures.create(ctx, clientId, { instrument, administeredOn, responses, sessionId }),
      );
    await give('phq9', answersFor('phq9', { total: Math.round(at(plan.phq9)) }, plan.safetyItem && isLast ? { 9: 1 } : { 9: 0 }));
    await give('gad7', answersFor('gad7', { total: Math.round(at(plan.gad7)) }));
    if (plan.rses) await give('rses', answersFor('rses', { total: Math.round(at(plan.rses)) }));
    if (plan.ecr && withEcr) await give('ecr_r', answersFor('ecr_r', { anxiety: at(plan.ecr.anxiety), avoidance: at(plan.ecr.avoidance) }));
  }

  /** Runs `work` audited as the controller method `route` declares (`id` fills its `:id`), as if the clinician had called it. */
  private as<T>(route: object, ctx: RequestContext, id: string | null, work: () => Promise<T>): Promise<T> {
    return this.audit.asRoute(route, ctx, { params: id ? { id } : {} }, work);
  }

  private async createAccounts() {
    const ids = new Map<string, { id: string; practiceId: string; role: 'clinician' | 'supervisor' | 'admin' }>();
    await this.db.transaction(async (tx) => {
      const practiceId = await this.repository.insertPractice(tx, DEMO_PRACTICE);
      // Supervisors first, so supervisees can point at them.
      const ordered = [...DEMO_USERS].sort((a, b) => Number(!!a.supervisedBy) - Number(!!b.supervisedBy));
      for (const u of ordered) {
        const supervisorId = u.supervisedBy ? ids.get(u.supervisedBy)!.id : null;
        const passwordHash = await hashPassword(DEMO_PASSWORD);
        const id = await this.repository.insertUser(tx, {
          practiceId,
          email: u.email,
          displayName: u.displayName,
          role: u.role,
          supervisorId,
          passwordHash,
        });
        ids.set(u.email, { id, practiceId, role: u.role });
      }
    });
    return ids;
  }
}
