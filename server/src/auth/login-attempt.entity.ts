import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed sign-ins, counted per (email, IP) and per IP for throttling. Not tenant data. */
@Entity('login_attempt')
@Index(['emailKey', 'ip', 'at'])
@Index(['ip', 'at'])
export class LoginAttempt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  emailKey: string;

  @Column({ type: 'text' })
  ip: string;

  @Column({ type: 'timestamptz' })
  at: Date;
}
