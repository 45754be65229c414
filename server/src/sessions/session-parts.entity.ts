import { APPROACHES, Approach, PRESENTING_PATTERNS, PresentingPattern } from '@securebase/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { Goal } from '../goals/goal.entity';
import { User } from '../users/user.entity';
import { TherapySession } from './therapy-session.entity';
import { TenantRecord } from '../common/tenant-record';

// The parts of a session. Each carries client_id (for per-client charts without a join) and
// practice_id (tenancy). All are frozen with their session once it is signed.

/** A 0–10 rating of one goal in one session (goal-based-outcome style). */
@Entity('goal_rating')
@Unique('goal_rating_once_per_session', ['sessionId', 'goalId'])
@Index(['goalId'])
@Index(['clientId'])
@Check('goal_rating_range', '"rating" BETWEEN 0 AND 10')
export class GoalRating extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  @Column({ type: 'uuid' }) goalId: string;
  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'goal_id' }) goal?: Goal;
  @Column({ type: 'smallint' }) rating: number;
  @Column({ type: 'text', nullable: true }) comment: string | null;
}

/** A presenting pattern observed this week, intensity 0–3. */
@Entity('pattern_observation')
@Unique('pattern_once_per_session', ['sessionId', 'pattern'])
@Index(['clientId'])
@Check('pattern_intensity_range', '"intensity" BETWEEN 0 AND 3')
export class PatternObservation extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  @Column({ type: 'enum', enum: PRESENTING_PATTERNS, enumName: 'presenting_pattern' }) pattern: PresentingPattern;
  @Column({ type: 'smallint' }) intensity: number;
}

/** What the clinician did, tagged with exactly one approach. */
@Entity('intervention_note')
@Index(['sessionId'])
@Index(['clientId', 'approach'])
export class InterventionNote extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  /** Order within the session, as the clinician wrote them. */
  @Column({ type: 'smallint' }) position: number;
  @Column({ type: 'enum', enum: APPROACHES, enumName: 'approach' }) approach: Approach;
  @Column({ type: 'text', array: true, default: '{}' }) techniques: string[];
  @Column({ type: 'text', nullable: true }) note: string | null;
  /** Goals this intervention targeted (goals of the same client; checked on write). */
  @Column({ type: 'uuid', array: true, default: '{}' }) goalIds: string[];
}

/** A correction or late note on a signed session. Never edited (trigger). */
@Entity('addendum')
@Index(['sessionId'])
export class Addendum extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  @Column({ type: 'uuid' }) authorId: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'author_id' }) author?: User;
  @Column({ type: 'text' }) text: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** A supervisor sending a session back to its author with a comment. Every one is kept; never edited (trigger). */
@Entity('session_return')
@Index(['sessionId'])
export class SessionReturn extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @Column({ type: 'uuid' }) sessionId: string;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  @Column({ type: 'uuid' }) returnedBy: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'returned_by' }) supervisor?: User;
  @Column({ type: 'text' }) comment: string;
  @Column({ type: 'timestamptz' }) returnedAt: Date;
}
