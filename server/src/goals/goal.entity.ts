import { GOAL_DOMAINS, GOAL_STATUSES, GoalDomain, GoalStatus } from '@securebase/shared';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { VersionedTenantRecord } from '../common/versioned-record';

/** A treatment goal in the clinician's words, rated 0–10 over sessions. Never deleted. */
@Entity('goal')
@Index(['clientId', 'createdAt'])
@Check('goal_baseline_range', '"baseline" BETWEEN 0 AND 10')
@Check('goal_target_range', '"target" BETWEEN 0 AND 10')
export class Goal extends VersionedTenantRecord {
  @Column({ type: 'uuid' })
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'enum', enum: GOAL_DOMAINS, enumName: 'goal_domain' })
  domain: GoalDomain;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint' })
  baseline: number;

  @Column({ type: 'smallint' })
  target: number;

  @Column({ type: 'enum', enum: GOAL_STATUSES, enumName: 'goal_status', default: 'active' })
  status: GoalStatus;

  @Column({ type: 'date' })
  startedOn: string;

  @Column({ type: 'date', nullable: true })
  achievedOn: string | null;
}
