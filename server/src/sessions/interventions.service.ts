import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { decodeCursor, page } from '../common/pagination';
import type { RequestContext } from '../common/request-context';
import { InterventionNoteListDto, InterventionQuery } from './dto/session.dto';
import { SessionsRepository } from './sessions.repository';

/** Intervention notes across a client's sessions, for review by approach and period. */
@Injectable()
export class InterventionsService {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: AccessService,
  ) {}

  async list(ctx: RequestContext, clientId: string, q: InterventionQuery): Promise<InterventionNoteListDto> {
    await this.access.requireClient(ctx, clientId, 'read');
    const limit = q.limit ?? 50;
    const range = { from: q.from ?? null, to: q.to ?? null, cursor: decodeCursor(q.cursor) };
    const rows = await this.sessions.interventions(clientId, ctx.actor.practiceId, q.approach ?? null, range, limit + 1);
    return page(rows, limit, (r) => [r.sessionStartedAt, r.id]);
  }
}
