import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: every clinical record belongs to exactly one practice. */
@Entity('practice')
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** What a client is shown after answering PHQ-9 item 9 above 0; a plain default when null. */
  @Column({ type: 'text', nullable: true })
  crisisResources: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
