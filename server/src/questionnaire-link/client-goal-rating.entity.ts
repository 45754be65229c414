import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { TenantRecord } from '../common/tenant-record';
import { Goal } from '../goals/goal.entity';
import { Invitation } from '../invitations/invitation.entity';

/**
 * A client's own 0–10 rating of one of their goals, given through a questionnaire link. Kept apart
 * from the clinician's session ratings (goal_rating) so neither can be mistaken for the other.
 */
@Entity('client_goal_rating')
@Index(['goalId', 'ratedOn'])
@Index(['invitationId', 'goalId'], { unique: true })
@Check('"rating" BETWEEN 0 AND 10')
export class ClientGoalRating extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Column({ type: 'uuid' }) goalId: string;
  @ManyToOne(() => Goal, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'goal_id' }) goal?: Goal;
  @Column({ type: 'uuid' }) invitationId: string;
  @ManyToOne(() => Invitation, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'invitation_id' }) invitation?: Invitation;
  @Column({ type: 'smallint' }) rating: number;
  /** The day the client answered (the practice's calendar day, as for clinician ratings). */
  @Column({ type: 'date' }) ratedOn: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
