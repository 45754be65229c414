import { INSTRUMENT_CODES, InstrumentCode, MEASURE_SOURCES, MeasureSource } from '@securebase/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { Invitation } from '../invitations/invitation.entity';
import { TherapySession } from '../sessions/therapy-session.entity';
import { User } from '../users/user.entity';
import { TenantRecord } from '../common/tenant-record';

/** A measure: one completed questionnaire, scored by the server (shared/src/instruments). */
@Entity('measure')
@Index(['clientId', 'instrument', 'administeredOn'])
export class Measure extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Column({ type: 'uuid', nullable: true }) sessionId: string | null;
  @ManyToOne(() => TherapySession, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'session_id' }) session?: TherapySession;
  @Column({ type: 'enum', enum: INSTRUMENT_CODES, enumName: 'instrument' }) instrument: InstrumentCode;
  @Column({ type: 'date' }) administeredOn: string;
  /** The answers as given (before reverse keying), item 1 first. */
  @Column({ type: 'smallint', array: true }) responses: number[];
  /** Scores at the time of scoring, e.g. {"total": 14} or {"anxiety": 5.2, "avoidance": 2.1}. */
  @Column({ type: 'jsonb' }) scores: Record<string, number>;
  @Column({ type: 'text', nullable: true }) band: string | null;
  @Column({ type: 'text', array: true, default: '{}' }) flags: string[];
  /** The clinician who entered it; null when the client answered through a link. */
  @Column({ type: 'uuid', nullable: true }) createdBy: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'created_by' }) creator?: User;
  @Column({ type: 'enum', enum: MEASURE_SOURCES, enumName: 'measure_source', default: 'clinician' }) source: MeasureSource;
  @Column({ type: 'uuid', nullable: true }) invitationId: string | null;
  @ManyToOne(() => Invitation, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'invitation_id' }) invitation?: Invitation;
  /** When a clinician first looked at it: set at once for their own entries, null for a client's until reviewed. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) reviewedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) reviewedBy: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'reviewed_by' }) reviewer?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
