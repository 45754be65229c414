import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Practice } from '../users/practice.entity';

/**
 * What every tenant-owned record has: a UUID and the practice it belongs to. Every query filters
 * on practice_id, which is also the column a distributed PostgreSQL would shard by (docs/scaling.md).
 */
export abstract class TenantRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;
}
