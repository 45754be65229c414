import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { TenantRecord } from '../common/tenant-record';

/**
 * The "stop these emails" link of one sent email. Like a questionnaire link's token, only the
 * SHA-256 is kept; unlike it, it never expires, so a client can stop emails from any old message.
 */
@Entity('email_stop_token')
export class EmailStopToken extends TenantRecord {
  @Column({ type: 'uuid' }) clientId: string;
  @ManyToOne(() => Client, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'client_id' }) client?: Client;
  @Index({ unique: true }) @Column({ type: 'bytea' }) tokenHash: Buffer;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt: Date;
}
