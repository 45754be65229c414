import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { noteCheckedClient, type RequestContext } from '../common/request-context';
import type { AuditRepository, NewAuditEvent } from './audit.repository';
import { AuditService } from './audit.service';
import { Audited, createdId, pathId, type AuditSpec } from './audited';

// A database that keeps what a transaction wrote only if the transaction's work resolves.
interface Manager {
  pending: NewAuditEvent[];
}
function fakeDatabase() {
  const trail: { event: NewAuditEvent; inTransaction: boolean }[] = [];
  const main: Manager = { pending: [] };
  const db = {
    manager: main,
    async transaction<T>(work: (tx: Manager) => Promise<T>): Promise<T> {
      const tx: Manager = { pending: [] };
      const result = await work(tx);
      trail.push(...tx.pending.map((event) => ({ event, inTransaction: true })));
      return result;
    },
  };
  const events = {
    async insert(manager: Manager, event: NewAuditEvent) {
      if (manager === main) trail.push({ event, inTransaction: false });
      else manager.pending.push(event);
    },
  };
  const clock = { now: () => new Date('2026-03-02T10:00:00Z') };
  const audit = new AuditService(db as unknown as DataSource, events as unknown as AuditRepository, clock as Clock);
  return { audit, trail };
}

const ctx: RequestContext = { actor: { id: 'clara', practiceId: 'practice', role: 'clinician' }, ip: '10.0.0.1', requestId: 'req-1' };
const readSession: AuditSpec = { action: 'read', entityType: 'session', entityId: pathId };
const createGoal: AuditSpec = { action: 'create', entityType: 'goal', entityId: createdId };
const event = (e: Partial<NewAuditEvent>) => ({
  practiceId: 'practice',
  at: new Date('2026-03-02T10:00:00Z'),
  actorId: 'clara',
  entityId: null,
  clientId: null,
  outcome: 'success',
  ip: '10.0.0.1',
  requestId: 'req-1',
  detail: null,
  ...e,
});

describe('AuditService under a route declaration', () => {
  it('writes a read once the handler has answered, naming the client the access check resolved', async () => {
    const { audit, trail } = fakeDatabase();
    const answer = await audit.around(readSession, ctx, { params: { id: 'session-1' } }, async () => {
      noteCheckedClient('client-1');
      expect(trail).toEqual([]);
      return { id: 'session-1' };
    });
    expect(answer).toEqual({ id: 'session-1' });
    expect(trail).toEqual([
      { event: event({ action: 'read', entityType: 'session', entityId: 'session-1', clientId: 'client-1' }), inTransaction: false },
    ]);
  });

  it('writes nothing for a handler that throws (a refusal, a conflict, a failure)', async () => {
    const { audit, trail } = fakeDatabase();
    await expect(audit.around(readSession, ctx, { params: { id: 's' } }, () => Promise.reject(new Error('404')))).rejects.toThrow('404');
    const change = audit.around(createGoal, ctx, {}, () =>
      audit.transaction(async () => {
        throw new Error('409');
      }),
    );
    await expect(change).rejects.toThrow('409');
    expect(trail).toEqual([]);
  });

  it("writes a change's event inside the change's transaction, from what the change produced", async () => {
    const { audit, trail } = fakeDatabase();
    await audit.around(createGoal, ctx, {}, async () => {
      noteCheckedClient('client-1');
      return audit.transaction(async () => ({ id: 'goal-9' }));
    });
    expect(trail).toEqual([
      { event: event({ action: 'create', entityType: 'goal', entityId: 'goal-9', clientId: 'client-1' }), inTransaction: true },
    ]);
  });

  it('writes no event when the handler found nothing to change', async () => {
    const { audit, trail } = fakeDatabase();
    await audit.around(createGoal, ctx, {}, () =>
      audit.transaction(async () => {
        audit.noChange();
        return { id: 'already-there' };
      }),
    );
    expect(trail).toEqual([]);
  });

  it('refuses an audited transaction outside a change route', async () => {
    const { audit, trail } = fakeDatabase();
    await expect(audit.transaction(async () => 'x')).rejects.toThrow(/only inside a route declared @Audited/);
    await expect(audit.around(readSession, ctx, { params: { id: 's' } }, () => audit.transaction(async () => 'x'))).rejects.toThrow(
      /only inside a route declared @Audited/,
    );
    expect(trail).toEqual([]);
  });

  it('still records a change route that skipped its transaction, and fails so the omission is seen', async () => {
    const { audit, trail } = fakeDatabase();
    await expect(audit.around(createGoal, ctx, {}, async () => ({ id: 'goal-1' }))).rejects.toThrow(/without AuditService.transaction/);
    expect(trail).toEqual([{ event: event({ action: 'create', entityType: 'goal', entityId: 'goal-1' }), inTransaction: false }]);
  });

  it('audits work outside HTTP as the controller method it stands in for', async () => {
    const { audit, trail } = fakeDatabase();
    class Routes {
      @Audited('sign', 'session', { entityId: pathId })
      signSession() {}
    }
    await audit.asRoute(Routes.prototype.signSession, ctx, { params: { id: 'session-2' } }, () => audit.transaction(async () => ({})));
    expect(trail).toEqual([{ event: event({ action: 'sign', entityType: 'session', entityId: 'session-2' }), inTransaction: true }]);
    await expect(audit.asRoute(Routes, ctx, {}, async () => 1)).rejects.toThrow(/declared @Audited/);
  });
});
