import { AuditEvent } from '../audit/audit-event.entity';
import { AuthSession } from '../auth/auth-session.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { CareTeamMember } from '../clients/care-team-member.entity';
import { Client } from '../clients/client.entity';
import { Goal } from '../goals/goal.entity';
import { Addendum, GoalRating, InterventionNote, PatternObservation, SessionReturn } from '../sessions/session-parts.entity';
import { TherapySession } from '../sessions/therapy-session.entity';
import { Measure } from '../measures/measure.entity';
import { Invitation } from '../invitations/invitation.entity';
import { ClientGoalRating } from '../questionnaire-link/client-goal-rating.entity';
import { SafetyAlert } from '../alerts/safety-alert.entity';
import { MeasurePlan } from '../measure-plans/measure-plan.entity';
import { EmailStopToken } from '../jobs/email-stop-token.entity';
import { Practice } from '../users/practice.entity';
import { User } from '../users/user.entity';

/** Every entity, listed by hand: no globbing, so source (tests) and dist (start) behave alike. */
export const ENTITIES = [
  Practice,
  User,
  AuthSession,
  LoginAttempt,
  Client,
  CareTeamMember,
  AuditEvent,
  Goal,
  TherapySession,
  GoalRating,
  PatternObservation,
  InterventionNote,
  Addendum,
  SessionReturn,
  Measure,
  Invitation,
  ClientGoalRating,
  SafetyAlert,
  MeasurePlan,
  EmailStopToken,
];
