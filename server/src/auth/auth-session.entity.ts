import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Server-side sign-in sessions (express-session store), so app replicas share them. */
@Entity('auth_session')
@Index(['userId'])
@Index(['expiresAt'])
export class AuthSession {
  @PrimaryColumn({ type: 'text' })
  sid: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'uuid', nullable: true })
  practiceId: string | null;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  /** Start of the session: the 12-hour absolute limit counts from here. */
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** Idle limit: moved forward by each request. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
