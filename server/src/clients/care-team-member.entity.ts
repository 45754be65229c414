import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Practice } from '../users/practice.entity';
import { User } from '../users/user.entity';
import { Client } from './client.entity';

/** Who treats a client. Access to a client's record is decided from this table (see access/). */
@Entity('care_team_member')
@Index(['userId'])
export class CareTeamMember {
  @PrimaryColumn({ type: 'uuid' })
  clientId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @ManyToOne(() => Practice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
