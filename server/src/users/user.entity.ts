import { ROLES, Role } from '@securebase/shared';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from '../common/tenant-record';

@Entity('app_user')
export class User extends TenantRecord {
  /** Stored lower-cased; unique across the whole installation so sign-in needs no practice. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'user_role' })
  role: Role;

  @Column({ type: 'uuid', nullable: true })
  supervisorId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'supervisor_id' })
  supervisor?: User;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** A trainee's signature waits for their supervisor's co-signature (only a clinician with a supervisor). */
  @Column({ type: 'boolean', default: false })
  requiresCosign: boolean;

  /** argon2id, never leaves the server. */
  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
