import { Injectable } from '@nestjs/common';
import type { AttachmentStyle, PresentingPattern } from '@securebase/shared';
import { DataSource, EntityManager } from 'typeorm';
import { AccessActor, visibleClient } from '../access/access.repository';
import type { Cursor } from '../common/pagination';
import { updateVersioned } from '../common/versioned-update';
import { Db, execute, join, one, query, raw, sql, Sql } from '../database/sql';
import type { ClientDto } from './dto/client.dto';

/** A client as `pg` returns CLIENT_COLUMNS: exactly a ClientDto (dates 'YYYY-MM-DD', instants ISO strings). */
export type ClientRow = ClientDto;

/** The columns of a ClientDto, from `client c`; shared by every statement that returns clients. */
export const CLIENT_COLUMNS = sql`c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
  c.date_of_birth AS "dateOfBirth", c.pronouns, c.attachment_style AS "attachmentStyle",
  c.presenting_patterns::text[] AS "presentingPatterns", c.intake_date AS "intakeDate", c.status,
  c.primary_clinician_id AS "primaryClinicianId", c.discharged_on AS "dischargedOn",
  c.email, c.contact_by_email AS "contactByEmail", c.contact_consent_on AS "contactConsentOn", c.email_stopped_at AS "emailStoppedAt", c.version,
  c.created_at AS "createdAt", c.updated_at AS "updatedAt",
  ARRAY(SELECT m.user_id FROM care_team_member m WHERE m.client_id = c.id ORDER BY m.added_at, m.user_id) AS "careTeam"`;

/** What a PATCH may change, property → column. */
const EDITABLE_COLUMNS = {
  firstName: 'first_name',
  lastName: 'last_name',
  preferredName: 'preferred_name',
  dateOfBirth: 'date_of_birth',
  pronouns: 'pronouns',
  attachmentStyle: 'attachment_style',
  presentingPatterns: 'presenting_patterns',
  intakeDate: 'intake_date',
  email: 'email',
  contactByEmail: 'contact_by_email',
  // Not sent by the clinician: the service sets them when contactByEmail changes.
  contactConsentOn: 'contact_consent_on',
  emailStoppedAt: 'email_stopped_at',
} as const;

export type EditableClientField = keyof typeof EDITABLE_COLUMNS;
export const EDITABLE_CLIENT_FIELDS = Object.keys(EDITABLE_COLUMNS) as EditableClientField[];
/** The editable fields a PATCH body may carry; the rest follow from them. */
export const CLIENT_INPUT_FIELDS = EDITABLE_CLIENT_FIELDS.filter(
  (f): f is Exclude<EditableClientField, 'contactConsentOn' | 'emailStoppedAt'> => f !== 'contactConsentOn' && f !== 'emailStoppedAt',
);

export interface NewClient {
  practiceId: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  pronouns: string | null;
  attachmentStyle: AttachmentStyle;
  presentingPatterns: PresentingPattern[];
  intakeDate: string;
  primaryClinicianId: string;
  email: string | null;
  contactByEmail: boolean;
  contactConsentOn: string | null;
}

export interface ClientFilter {
  status: 'active' | 'discharged' | 'all';
  /** A LIKE pattern, already escaped and wrapped in %. */
  namePattern: string | null;
  cursor: Cursor | null;
  limit: number;
}

@Injectable()
export class ClientsRepository {
  constructor(private readonly db: DataSource) {}

  /** The clients the actor may see, newest first, one keyset page (limit rows). */
  list(actor: AccessActor, filter: ClientFilter): Promise<ClientRow[]> {
    const where: Sql[] = [visibleClient(actor)];
    if (filter.status !== 'all') where.push(sql`c.status = ${filter.status}`);
    const p = filter.namePattern;
    if (p !== null) where.push(sql`(c.first_name ILIKE ${p} OR c.last_name ILIKE ${p} OR c.preferred_name ILIKE ${p})`);
    if (filter.cursor) where.push(sql`(c.created_at, c.id) < (${filter.cursor.at}, ${filter.cursor.id})`);
    return query(
      this.db,
      sql`SELECT ${CLIENT_COLUMNS} FROM client c WHERE ${join(where, ' AND ')}
        ORDER BY c.created_at DESC, c.id DESC LIMIT ${filter.limit}`,
    );
  }

  async insert(tx: EntityManager, c: NewClient): Promise<string> {
    const [{ id }] = await query<{ id: string }>(
      tx,
      sql`INSERT INTO client (practice_id, first_name, last_name, preferred_name, date_of_birth, pronouns,
                             attachment_style, presenting_patterns, intake_date, primary_clinician_id,
                             email, contact_by_email, contact_consent_on)
         VALUES (${c.practiceId}, ${c.firstName}, ${c.lastName}, ${c.preferredName}, ${c.dateOfBirth}, ${c.pronouns},
                 ${c.attachmentStyle}, ${c.presentingPatterns}, ${c.intakeDate}, ${c.primaryClinicianId},
                 ${c.email}, ${c.contactByEmail}, ${c.contactConsentOn}) RETURNING id`,
    );
    return id;
  }

  /** Adds a member to the care team; false when they were on it already. */
  async addToCareTeam(tx: EntityManager, clientId: string, userId: string, practiceId: string): Promise<boolean> {
    const inserted = await query<{ user_id: string }>(
      tx,
      sql`INSERT INTO care_team_member (client_id, user_id, practice_id) VALUES (${clientId}, ${userId}, ${practiceId})
         ON CONFLICT DO NOTHING RETURNING user_id`,
    );
    return inserted.length > 0;
  }

  /** The first member of a new client's care team (plain INSERT: the client was created in this transaction). */
  async startCareTeam(tx: EntityManager, clientId: string, userId: string, practiceId: string): Promise<void> {
    await execute(tx, sql`INSERT INTO care_team_member (client_id, user_id, practice_id) VALUES (${clientId}, ${userId}, ${practiceId})`);
  }

  /** True when the user can join a care team: an active clinician or supervisor of the practice. */
  async isActiveClinician(userId: string, practiceId: string): Promise<boolean> {
    const row = await one(
      this.db,
      sql`SELECT id FROM app_user WHERE id = ${userId} AND practice_id = ${practiceId} AND active AND role IN ('clinician', 'supervisor')`,
    );
    return row !== undefined;
  }

  /** The changed fields, under optimistic locking (409 on a stale version). */
  update(tx: EntityManager, id: string, version: number, changes: Partial<Record<EditableClientField, unknown>>): Promise<void> {
    const sets = EDITABLE_CLIENT_FIELDS.filter((f) => changes[f] !== undefined).map((f) => sql`${raw(EDITABLE_COLUMNS[f])} = ${changes[f]}`);
    return updateVersioned(tx, 'client', id, version, sets);
  }

  discharge(tx: EntityManager, id: string, version: number, dischargedOn: string, reason: string): Promise<void> {
    return updateVersioned(tx, 'client', id, version, [
      sql`status = 'discharged'`,
      sql`discharged_on = ${dischargedOn}`,
      sql`discharge_reason = ${reason}`,
    ]);
  }

  load(db: Db, id: string, practiceId: string): Promise<ClientRow | undefined> {
    return one(db, sql`SELECT ${CLIENT_COLUMNS} FROM client c WHERE c.id = ${id} AND c.practice_id = ${practiceId}`);
  }
}
