import { Column, CreateDateColumn, UpdateDateColumn } from 'typeorm';
import { TenantRecord } from './tenant-record';

/**
 * A tenant record that is edited in place and listed page by page (clients, goals): `version` is the optimistic lock
 * an update must name (a stale one is refused with 409), and `createdAt` orders the lists.
 */
export abstract class VersionedTenantRecord extends TenantRecord {
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Millisecond precision: list cursors carry it through JavaScript dates exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
