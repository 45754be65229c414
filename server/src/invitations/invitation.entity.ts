import { INSTRUMENT_CODES, INVITATION_SOURCES, InstrumentCode, InvitationSource } from '@securebase/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { TenantRecord } from '../common/tenant-record';
import { User } from '../users/user.entity';

/**
 * A questionnaire link sent to a client. The link's token is a credential: only its SHA-256 is
 * kept, so a copy of the database opens no link. Status is derived from the instants (see
 * INVITATION_STATUS in invitations.repository.ts), never stored twice.
 */
@Entity('invitation')
@Index(['clientId', 'createdAt'])
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
  @Column({ type: 'uuid' }) createdBy: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
