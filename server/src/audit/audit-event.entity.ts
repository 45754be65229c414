import { AUDIT_ACTIONS, AuditAction } from '@securebase/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: a trigger (migration AuditEventImmutable) rejects UPDATE, DELETE and TRUNCATE.
 * No foreign keys, so the trail outlives anything it mentions.
 */
@Entity('audit_event')
@Index(['practiceId', 'at'])
@Index(['clientId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Null only for a failed sign-in with an email no practice knows. */
  @Column({ type: 'uuid', nullable: true })
  practiceId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'enum', enum: AUDIT_ACTIONS, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'text', nullable: true })
  entityType: string | null;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId: string | null;

  @Column({ type: 'text' })
  outcome: 'success' | 'failure' | 'denied';

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  requestId: string | null;

  /** Non-clinical context only (export format, date range); never PHI. */
  @Column({ type: 'jsonb', nullable: true })
  detail: Record<string, unknown> | null;
}
