import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { endSessionsOf } from '../auth/session-store';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { ColleagueDto, ColleagueListDto, toUserDto, USER_DTO_SQL, UserDto, UserListDto, UserRow } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto } from './dto/user-input.dto';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<UserListDto> {
    const rows: UserRow[] = await this.db.query(
      `SELECT ${USER_DTO_SQL} FROM app_user u JOIN practice p ON p.id = u.practice_id
        WHERE u.practice_id = $1 ORDER BY u.display_name, u.id`,
      [ctx.actor.practiceId],
    );
    return { items: rows.map(toUserDto), nextCursor: null };
  }

  /** Clinicians and supervisors of the caller's practice; no emails, no admins (they hold no clients). */
  async colleagues(ctx: RequestContext): Promise<ColleagueListDto> {
    const items: ColleagueDto[] = await this.db.query(
      `SELECT u.id, u.display_name AS "displayName", u.role::text AS role, u.active FROM app_user u
        WHERE u.practice_id = $1 AND u.role IN ('clinician', 'supervisor') ORDER BY u.display_name, u.id`,
      [ctx.actor.practiceId],
    );
    return { items };
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<UserDto> {
    const problem = passwordProblem(dto.password, dto.email);
    if (problem) throw new InvalidInput([{ field: 'password', problem }]);
    await this.checkSupervisor(ctx, dto.supervisorId ?? null, null);
    const hash = await hashPassword(dto.password);
    return this.audit.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO app_user (practice_id, email, display_name, role, supervisor_id, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (email) DO NOTHING RETURNING id`,
        [ctx.actor.practiceId, dto.email, dto.displayName, dto.role, dto.supervisorId ?? null, hash],
      );
      if (!rows.length) throw new Conflict('email_taken', 'A user with this email already exists');
      return toUserDto(await this.load(tx, ctx, rows[0].id));
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const current = await this.load(this.db.manager, ctx, id);
    if (id === ctx.actor.id && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
      throw new InvalidInput([{ field: dto.active === false ? 'active' : 'role', problem: 'you cannot deactivate or demote yourself' }]);
    }
    if (dto.supervisorId !== undefined) await this.checkSupervisor(ctx, dto.supervisorId, id);
    if (dto.password !== undefined) {
      const problem = passwordProblem(dto.password, current.email);
      if (problem) throw new InvalidInput([{ field: 'password', problem }]);
    }
    const sets: string[] = [];
    const params: unknown[] = [id, ctx.actor.practiceId];
    const set = (column: string, value: unknown) => {
      params.push(value);
      sets.push(`${column} = $${params.length}`);
    };
    if (dto.displayName !== undefined) set('display_name', dto.displayName);
    if (dto.role !== undefined) set('role', dto.role);
    if (dto.supervisorId !== undefined) set('supervisor_id', dto.supervisorId);
    if (dto.active !== undefined) set('active', dto.active);
    if (dto.password !== undefined) set('password_hash', await hashPassword(dto.password));
    if (!sets.length) {
      this.audit.noChange();
      return toUserDto(current);
    }
    return this.audit.transaction(async (tx) => {
      await tx.query(
        `UPDATE app_user SET ${sets.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1 AND practice_id = $2`,
        params,
      );
      // Deactivation and a new password both end every open session of that user.
      if (dto.active === false || dto.password !== undefined) await endSessionsOf(tx, id);
      return toUserDto(await this.load(tx, ctx, id));
    });
  }

  private async checkSupervisor(ctx: RequestContext, supervisorId: string | null, userId: string | null): Promise<void> {
    if (!supervisorId) return;
    if (supervisorId === userId) throw new InvalidInput([{ field: 'supervisorId', problem: 'a user cannot supervise themselves' }]);
    const [row] = await this.db.query(
      `SELECT 1 FROM app_user WHERE id = $1 AND practice_id = $2 AND role = 'supervisor' AND active`,
      [supervisorId, ctx.actor.practiceId],
    );
    if (!row) throw new InvalidInput([{ field: 'supervisorId', problem: 'must be an active supervisor of this practice' }]);
  }

  private async load(manager: EntityManager, ctx: RequestContext, id: string): Promise<UserRow> {
    const [row] = await manager.query(
      `SELECT ${USER_DTO_SQL} FROM app_user u JOIN practice p ON p.id = u.practice_id WHERE u.id = $1 AND u.practice_id = $2`,
      [id, ctx.actor.practiceId],
    );
    if (!row) throw new NotFound('User');
    return row;
  }
}
