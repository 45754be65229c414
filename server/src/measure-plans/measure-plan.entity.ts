import { INSTRUMENT_CODES, InstrumentCode } from '@securebase/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { VersionedTenantRecord } from '../common/versioned-record';
import { User } from '../users/user.entity';
import { MEASURE_PLAN_CADENCES, type MeasurePlanCadence } from './cadence';

/**
 * A questionnaire schedule: which questionnaires a client is sent, how often, from when to when.
 * The scan (jobs/plan-scan.ts) turns each due date into one invitation; `nextDueOn` is the first
 * due date not yet turned into one (null once the plan has run out). Stopping sets `stoppedAt`
 * and keeps the plan and its invitations.
 */
@Entity('measure_plan')
@Index(['clientId', 'createdAt'])
@Index('IDX_measure_plan_due', ['nextDueOn'], { where: 'stopped_at IS NULL AND next_due_on IS NOT NULL' })
export class MeasurePlan extends VersionedTenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Column({ type: 'enum', enum: INSTRUMENT_CODES, enumName: 'instrument', array: true }) instruments: InstrumentCode[];
  @Column({ type: 'boolean', default: false }) includeGoals: boolean;
  @Column({ type: 'enum', enum: MEASURE_PLAN_CADENCES, enumName: 'measure_plan_cadence' }) cadence: MeasurePlanCadence;
  @Column({ type: 'date' }) startsOn: string;
  @Column({ type: 'date', nullable: true }) endsOn: string | null;
  /** Days each link stays usable. */
  @Column({ type: 'smallint', default: 7 }) expiresInDays: number;
  /** Days after the email before the one reminder, if the link is still open. */
  @Column({ type: 'smallint', default: 2 }) reminderAfterDays: number;
  @Column({ type: 'date', nullable: true }) nextDueOn: string | null;
  @Column({ type: 'timestamptz', nullable: true }) stoppedAt: Date | null;
  @Column({ type: 'uuid' }) createdBy: string;
  @ManyToOne(() => User, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'created_by' }) creator?: User;
}
