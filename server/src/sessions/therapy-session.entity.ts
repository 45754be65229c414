import { ATTENDANCES, Attendance, MODALITIES, Modality, SESSION_STATUSES, SessionStatus, SETTINGS, Setting } from '@securebase/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { User } from '../users/user.entity';
import { TenantRecord } from '../common/tenant-record';

/**
 * One therapy session. Once signed it is frozen: a trigger (migration SignedSessionsAreFrozen)
 * refuses any change to it or its ratings, patterns and notes; corrections are addenda. A session
 * waiting for co-signature is frozen too, but for the supervisor's co-sign or return (migration
 * PendingSessionsAreFrozen).
 */
@Entity('therapy_session')
@Index(['clientId', 'startedAt'])
@Index(['clinicianId', 'status'])
// Drafts are few; the caseload asks "any unsigned notes?" per client without scanning signed sessions.
@Index('therapy_session_drafts_by_client', ['clientId'], { where: `"status" = 'draft'` })
// The supervisor's review queue: the few sessions waiting for co-signature, per author, oldest first.
// Not partial on status = 'pending_cosign': a restore runs every migration in one transaction, and
// PostgreSQL 15 (CI's server) refuses an enum value in the transaction that added it (CosignVocabulary).
@Index('therapy_session_by_submission', ['clinicianId', 'submittedAt'])
@Check('therapy_session_duration_range', '"duration_minutes" BETWEEN 1 AND 600')
export class TherapySession extends TenantRecord {
  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'uuid' })
  clinicianId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'clinician_id' })
  clinician?: User;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'smallint' })
  durationMinutes: number;

  @Column({ type: 'enum', enum: MODALITIES, enumName: 'session_modality' })
  modality: Modality;

  @Column({ type: 'enum', enum: SETTINGS, enumName: 'session_setting' })
  setting: Setting;

  @Column({ type: 'enum', enum: ATTENDANCES, enumName: 'session_attendance' })
  attendance: Attendance;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', nullable: true })
  plan: string | null;

  @Column({ type: 'enum', enum: SESSION_STATUSES, enumName: 'session_status', default: 'draft' })
  status: SessionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedBy: string | null;

  /** When the author signed a session that waits for co-signature; null once it is co-signed or returned. */
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cosignedAt: Date | null;

  /** The supervisor who co-signed: the author's supervisor at that moment. */
  @Column({ type: 'uuid', nullable: true })
  cosignedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'cosigned_by' })
  cosigner?: User;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
