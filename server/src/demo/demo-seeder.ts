import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { ClientsService } from '../clients/clients.service';
import { Clock } from '../common/clock';
import type { RequestContext } from '../common/request-context';
import { toCalendarDate } from '@securebase/shared';
import { DEMO_CASELOADS, DEMO_PASSWORD, DEMO_PRACTICE, DEMO_USERS } from './demo-data';

/**
 * The demo practice of API.md, created on first start against the embedded database (or when
 * SEED_DEMO=true). Clinical records go through the same services the API uses.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly db: DataSource,
    private readonly clients: ClientsService,
    private readonly clock: Clock,
  ) {}

  /** Returns true when it seeded, false when the demo practice already existed. */
  async seedIfEmpty(): Promise<boolean> {
    const [existing] = await this.db.query(`SELECT 1 FROM practice WHERE name = $1`, [DEMO_PRACTICE]);
    if (existing) return false;
    const ids = await this.createAccounts();
    for (const [email, caseload] of Object.entries(DEMO_CASELOADS)) {
      const clinician = ids.get(email)!;
      const ctx: RequestContext = { actor: clinician, ip: null, requestId: 'demo-seed' };
      for (const c of caseload) {
        const intake = new Date(this.clock.now().getTime() - c.weeksInTherapy * 7 * 86_400_000);
        const client = await this.clients.create(ctx, { ...c.client, intakeDate: toCalendarDate(intake) });
        if (c.dischargedWeeksAgo !== undefined) {
          const on = new Date(this.clock.now().getTime() - c.dischargedWeeksAgo * 7 * 86_400_000);
          await this.clients.discharge(ctx, client.id, { dischargedOn: toCalendarDate(on), reason: 'Goals met; planned ending' });
        }
      }
    }
    this.logger.log(`Seeded ${DEMO_PRACTICE}: ${DEMO_USERS.length} accounts`);
    return true;
  }

  private async createAccounts() {
    const ids = new Map<string, { id: string; practiceId: string; role: 'clinician' | 'supervisor' | 'admin' }>();
    await this.db.transaction(async (tx) => {
      const [{ id: practiceId }] = await tx.query(`INSERT INTO practice (name) VALUES ($1) RETURNING id`, [DEMO_PRACTICE]);
      // Supervisors first, so supervisees can point at them.
      const ordered = [...DEMO_USERS].sort((a, b) => Number(!!a.supervisedBy) - Number(!!b.supervisedBy));
      for (const u of ordered) {
        const supervisorId = u.supervisedBy ? ids.get(u.supervisedBy)!.id : null;
        const [{ id }] = await tx.query(
          `INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [practiceId, u.email, u.displayName, u.role, supervisorId, await hashPassword(DEMO_PASSWORD)],
        );
        ids.set(u.email, { id, practiceId, role: u.role });
      }
    });
    return ids;
  }
}
