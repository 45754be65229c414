import { INSTRUMENT_CODES, InstrumentCode } from '@securebase/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { TherapySession } from '../sessions/therapy-session.entity';
import { User } from '../users/user.entity';
import { TenantRecord } from '../common/tenant-record';

/** One administration of a questionnaire, scored by the server (shared/src/instruments). */
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
  @Column({ type: 'uuid' }) createdBy: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: User;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
