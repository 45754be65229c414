import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { endSessionsOf } from '../auth/sign-in-store';
import { hashPassword, passwordProblem } from '../auth/passwords';
import { Conflict, InvalidInput, NotFound } from '../common/errors';
import type { RequestContext } from '../common/request-context';
import { ColleagueListDto, toUserDto, UserDto, UserListDto, UserRow } from './dto/user.dto';
import { CreateUserDto, UpdateUserDto } from './dto/user-input.dto';
import { UserChanges, UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: RequestContext): Promise<UserListDto> {
    const rows = await this.users.list(ctx.actor.practiceId);
    return { items: rows.map(toUserDto), nextCursor: null };
  }

  /** Clinicians and supervisors of the caller's practice; no emails, no admins (they hold no clients). */
  async colleagues(ctx: RequestContext): Promise<ColleagueListDto> {
    const items = await this.users.colleagues(ctx.actor.practiceId);
    return { items };
  }

  async create(ctx: RequestContext, dto: CreateUserDto): Promise<UserDto> {
    const problem = passwordProblem(dto.password, dto.email);
    if (problem) throw new InvalidInput([{ field: 'password', problem }]);
    await this.checkSupervisor(ctx, dto.supervisorId ?? null, null);
    const hash = await hashPassword(dto.password);
    return this.audit.transaction(async (tx) => {
      const id = await this.users.insert(tx, {
        practiceId: ctx.actor.practiceId,
        email: dto.email,
        displayName: dto.displayName,
        role: dto.role,
        supervisorId: dto.supervisorId ?? null,
        passwordHash: hash,
      });
      if (id === undefined) throw new Conflict('email_taken', 'A user with this email already exists');
      return toUserDto(await this.load(tx, ctx, id));
    });
  }

  async update(ctx: RequestContext, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const current = await this.load(this.db.manager, ctx, id);
    if (id === ctx.actor.id && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
      throw new InvalidInput([{ field: dto.active === false ? 'active' : 'role', problem: 'you cannot deactivate or demote yourself' }]);
    }
    if (dto.supervisorId !== undefined) await this.checkSupervisor(ctx, dto.supervisorId, id);
    checkCosign(current, dto);
    if (dto.password !== undefined) {
      const problem = passwordProblem(dto.password, current.email);
      if (problem) throw new InvalidInput([{ field: 'password', problem }]);
    }
    const changes: UserChanges = {
      displayName: dto.displayName,
      role: dto.role,
      supervisorId: dto.supervisorId,
      active: dto.active,
      requiresCosign: dto.requiresCosign,
    };
    if (dto.password !== undefined) changes.passwordHash = await hashPassword(dto.password);
    if (Object.values(changes).every((v) => v === undefined)) {
      this.audit.noChange();
      return toUserDto(current);
    }
    return this.audit.transaction(async (tx) => {
      await this.users.update(tx, id, ctx.actor.practiceId, changes);
      // Deactivation and a new password both end every open session of that user.
      if (dto.active === false || dto.password !== undefined) await endSessionsOf(tx, id);
      return toUserDto(await this.load(tx, ctx, id));
    });
  }

  // A deactivated supervisor stays the supervisor of record: their supervisees' waiting sessions
  // stay waiting until an admin names another supervisor, who then finds them in their queue.
  private async checkSupervisor(ctx: RequestContext, supervisorId: string | null, userId: string | null): Promise<void> {
    if (!supervisorId) return;
    if (supervisorId === userId) throw new InvalidInput([{ field: 'supervisorId', problem: 'a user cannot supervise themselves' }]);
    if (!(await this.users.isActiveSupervisor(supervisorId, ctx.actor.practiceId)))
      throw new InvalidInput([{ field: 'supervisorId', problem: 'must be an active supervisor of this practice' }]);
  }

  private async load(manager: EntityManager, ctx: RequestContext, id: string): Promise<UserRow> {
    const row = await this.users.load(manager, id, ctx.actor.practiceId);
    if (!row) throw new NotFound('User');
    return row;
  }
}

/**
 * Co-signature needs someone to co-sign: only a clinician with a supervisor may require it, and
 * such a clinician keeps both (turn requiresCosign off first). The field named is the one this
 * request changed to break the rule.
 */
function checkCosign(current: UserRow, dto: UpdateUserDto): void {
  const role = dto.role ?? current.role;
  const supervisorId = dto.supervisorId !== undefined ? dto.supervisorId : current.supervisorId;
  const requiresCosign = dto.requiresCosign ?? current.requiresCosign;
  if (!requiresCosign || (role === 'clinician' && supervisorId)) return;
  if (dto.requiresCosign) {
    const problem =
      role === 'clinician' ? 'only a clinician who has a supervisor can require co-signature' : 'only a clinician can require co-signature';
    throw new InvalidInput([{ field: 'requiresCosign', problem }]);
  }
  const field = dto.supervisorId !== undefined ? 'supervisorId' : 'role';
  throw new InvalidInput([{ field, problem: 'this clinician requires co-signature; turn requiresCosign off first' }]);
}
