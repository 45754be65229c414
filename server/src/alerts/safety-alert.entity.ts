import { ALERT_KINDS, ALERT_STATUSES, AlertKind, AlertStatus } from '@securebase/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { TenantRecord } from '../common/tenant-record';
import { Measure } from '../measures/measure.entity';
import { User } from '../users/user.entity';

/**
 * Opened in the same transaction as a PHQ-9 whose item 9 is above 0; resolved once, with a note.
 * A trigger (migration SafetyAlertsAreKept) refuses DELETE and any UPDATE of a resolved alert.
 */
@Entity('safety_alert')
@Index(['clientId', 'raisedAt'])
export class SafetyAlert extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Column({ type: 'enum', enum: ALERT_KINDS, enumName: 'alert_kind', default: 'safety_item' }) kind: AlertKind;
  @Index({ unique: true }) @Column({ type: 'uuid' }) measureId: string;
  @ManyToOne(() => Measure, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'measure_id' }) measure?: Measure;
  @Column({ type: 'timestamptz', precision: 3 }) raisedAt: Date;
  @Column({ type: 'enum', enum: ALERT_STATUSES, enumName: 'alert_status', default: 'open' }) status: AlertStatus;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) resolvedAt: Date | null;
  @Column({ type: 'uuid', nullable: true }) resolvedBy: string | null;
  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true }) @JoinColumn({ name: 'resolved_by' }) resolver?: User;
  @Column({ type: 'text', nullable: true }) note: string | null;
}
