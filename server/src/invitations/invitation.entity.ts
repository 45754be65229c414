import { INSTRUMENT_CODES, INVITATION_SOURCES, InstrumentCode, InvitationSource } from '@securebase/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { MeasurePlan } from '../measure-plans/measure-plan.entity';
import { TenantRecord } from '../common/tenant-record';
import { User } from '../users/user.entity';

/**
 * A questionnaire link sent to a client. The link's token is a credential: only its SHA-256 is
 * kept, so a copy of the database opens no link. Status is derived from the instants (see
 * INVITATION_STATUS in invitations.repository.ts), never stored twice.
 */
@Entity('invitation')
@Index(['clientId', 'createdAt'])
// One invitation per due date of a plan, however many servers scan at once (manual links have no plan).
@Index(['planId', 'dueOn'], { unique: true })
// The reminder scan: emailed links whose reminder is neither sent nor queued.
@Index('IDX_invitation_reminder_due', ['emailedAt'], { where: 'reminded_at IS NULL AND reminder_queued_at IS NULL AND emailed_at IS NOT NULL' })
export class Invitation extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Column({ type: 'enum', enum: INSTRUMENT_CODES, enumName: 'instrument', array: true }) instruments: InstrumentCode[];
  @Column({ type: 'boolean', default: false }) includeGoals: boolean;
  @Column({ type: 'enum', enum: INVITATION_SOURCES, enumName: 'invitation_source', default: 'manual' }) source: InvitationSource;
  /** SHA-256 of the token; the token itself is shown once, in the answer that created it. */
  @Index({ unique: true }) @Column({ type: 'bytea' }) tokenHash: Buffer;
  @Column({ type: 'timestamptz' }) expiresAt: Date;
  /** Wrong dates of birth so far; the fifth locks the link. */
  @Column({ type: 'smallint', default: 0 }) failedAttempts: number;
  @Column({ type: 'timestamptz', nullable: true }) lockedAt: Date | null;
  /** First successful verification of the date of birth. */
  @Column({ type: 'timestamptz', nullable: true }) openedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) voidedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) voidedBy: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'voided_by' }) voider?: User;
  // Delivery by email (measure plans); null for a link handed over by the clinician.
  @Column({ type: 'timestamptz', nullable: true }) emailedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @Column({ type: 'text', nullable: true }) deliveryError: string | null;
  /** The plan and due date a scheduled link was made for. */
  @Column({ type: 'uuid', nullable: true }) planId: string | null;
  @ManyToOne(() => MeasurePlan, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'plan_id' }) plan?: MeasurePlan;
  @Column({ type: 'date', nullable: true }) dueOn: string | null;
  /**
   * A scheduled link's token, sealed (AES-256-GCM) with a key derived from SESSION_SECRET, so the
   * email and its reminder can carry it; a copy of the database alone still opens no link.
   */
  @Column({ type: 'bytea', nullable: true }) tokenSealed: Buffer | null;
  /** A send in progress: set (committed) before the SMTP conversation, cleared when it fails (jobs/email-delivery.ts). */
  @Column({ type: 'timestamptz', nullable: true }) emailAttemptAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) reminderQueuedAt: Date | null;
  @Column({ type: 'timestamptz', nullable: true }) reminderAttemptAt: Date | null;
  @Column({ type: 'uuid' }) createdBy: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
