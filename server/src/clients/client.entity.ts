import { ATTACHMENT_STYLES, AttachmentStyle, CLIENT_STATUSES, ClientStatus, PRESENTING_PATTERNS, PresentingPattern } from '@securebase/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { User } from '../users/user.entity';
import { VersionedTenantRecord } from '../common/versioned-record';

/** A person in therapy. Never deleted: discharged clients keep every record. */
@Entity('client')
@Index(['practiceId', 'createdAt'])
export class Client extends VersionedTenantRecord {
  @Column({ type: 'text' })
  firstName: string;

  @Column({ type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  preferredName: string | null;

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'text', nullable: true })
  pronouns: string | null;

  @Column({ type: 'enum', enum: ATTACHMENT_STYLES, enumName: 'attachment_style', default: 'unassessed' })
  attachmentStyle: AttachmentStyle;

  @Column({ type: 'enum', enum: PRESENTING_PATTERNS, enumName: 'presenting_pattern', array: true, default: '{}' })
  presentingPatterns: PresentingPattern[];

  @Column({ type: 'date' })
  intakeDate: string;

  @Column({ type: 'enum', enum: CLIENT_STATUSES, enumName: 'client_status', default: 'active' })
  status: ClientStatus;

  @Column({ type: 'uuid' })
  primaryClinicianId: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'primary_clinician_id' })
  primaryClinician?: User;

  @Column({ type: 'date', nullable: true })
  dischargedOn: string | null;

  @Column({ type: 'text', nullable: true })
  dischargeReason: string | null;

  /** Where scheduled questionnaires are emailed, only while `contactByEmail` is on. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'boolean', default: false })
  contactByEmail: boolean;

  /** The day the client accepted unencrypted email (set when contactByEmail is turned on). */
  @Column({ type: 'date', nullable: true })
  contactConsentOn: string | null;

  /** Set when the client followed the "stop these emails" link; the clinician sees "client turned off email". */
  @Column({ type: 'timestamptz', nullable: true })
  emailStoppedAt: Date | null;
}
