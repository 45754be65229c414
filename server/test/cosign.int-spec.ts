import type TestAgent from 'supertest/lib/agent';
import { createClient, createGoal, newSession } from './factories';
import { startTestApp, TestApp, TestUser } from './harness';

// Co-signature (docs/api.md, "Supervision: co-signature"): a trainee's signature waits for their
// supervisor, who co-signs or returns it with a comment.

let t: TestApp;
let practiceId: string;
let admin: TestAgent;
let sam: TestUser;
let samAgent: TestAgent;
let omar: TestUser;
let omarAgent: TestAgent;
let clientId: string;
let goalId: string;

beforeAll(async () => {
  t = await startTestApp();
  practiceId = await t.practice();
  admin = await t.signIn(await t.user(practiceId, 'admin'));
  sam = await t.user(practiceId, 'supervisor');
  samAgent = await t.signIn(sam);
  omar = await t.user(practiceId, 'clinician', { supervisorId: sam.id });
  omarAgent = await t.signIn(omar);
  clientId = (await createClient(omarAgent)).id;
  goalId = (await createGoal(omarAgent, clientId)).id;
});
afterAll(() => t.close());

const write = (over: Record<string, unknown> = {}) =>
  newSession({ summary: 'Talked about the move.', plan: 'Call the sister.', goalRatings: [{ goalId, rating: 5 }], ...over });

async function draft(agent = omarAgent, client = clientId, over: Record<string, unknown> = {}) {
  const res = await agent.post(`/api/clients/${client}/sessions`).send(client === clientId ? write(over) : newSession(over));
  expect(res.status).toBe(201);
  return res.body as { id: string; version: number };
}

async function signed(agent = omarAgent, client = clientId) {
  const s = await draft(agent, client);
  const res = await agent.post(`/api/sessions/${s.id}/sign`).send({});
  expect(res.status).toBe(200);
  return res.body;
}

async function setCosign(userId: string, body: Record<string, unknown>) {
  return admin.patch(`/api/users/${userId}`).send(body);
}

const queue = async (agent: TestAgent, query = '') => {
  const res = await agent.get(`/api/reviews${query}`);
  expect(res.status).toBe(200);
  return res.body.items as { session: { id: string }; clientId: string; clinicianId: string; submittedAt: string }[];
};

describe('requiresCosign (admin)', () => {
  it('is set only on a clinician who has a supervisor, naming the field otherwise', async () => {
    const alone = await t.user(practiceId, 'clinician');
    const refused = await setCosign(alone.id, { requiresCosign: true });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual([{ field: 'requiresCosign', problem: 'only a clinician who has a supervisor can require co-signature' }]);
    const onSupervisor = await setCosign(sam.id, { requiresCosign: true });
    expect(onSupervisor.status).toBe(400);
    expect(onSupervisor.body.details[0].field).toBe('requiresCosign');
  });

  it('leaves sessions signed before the setting as they were', async () => {
    const before = await signed();
    expect(before).toMatchObject({ status: 'signed', cosignedBy: null, cosignedAt: null });
    const res = await setCosign(omar.id, { requiresCosign: true });
    expect(res.status).toBe(200);
    expect(res.body.requiresCosign).toBe(true);
    const again = await omarAgent.get(`/api/sessions/${before.id}`);
    expect(again.body).toMatchObject({ status: 'signed', signedBy: omar.id, cosignedBy: null });
  });

  it('keeps the supervisor while co-signature is required', async () => {
    const res = await setCosign(omar.id, { supervisorId: null });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('supervisorId');
    const demoted = await setCosign(omar.id, { role: 'supervisor' });
    expect(demoted.status).toBe(400);
    expect(demoted.body.details[0].field).toBe('role');
  });
});

describe('signing, co-signing and returning', () => {
  it('sends a trainee\u2019s signature to the supervisor, read-only for everyone meanwhile', async () => {
    const s = await draft();
    const before = Date.now();
    const res = await omarAgent.post(`/api/sessions/${s.id}/sign`).send({ version: s.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'pending_cosign', signedAt: null, signedBy: null, cosignedBy: null, version: s.version + 1 });
    expect(Date.parse(res.body.submittedAt)).toBeGreaterThanOrEqual(before - 1000);

    const edit = await omarAgent.patch(`/api/sessions/${s.id}`).send({ ...write(), version: res.body.version });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('session_signed');
    expect((await omarAgent.post(`/api/sessions/${s.id}/sign`).send({})).body.code).toBe('session_signed');
    expect((await omarAgent.post(`/api/sessions/${s.id}/addenda`).send({ text: 'late note' })).body.code).toBe('session_not_signed');

    const items = await queue(samAgent);
    expect(items.find((i) => i.session.id === s.id)).toEqual(
      expect.objectContaining({ clientId, clinicianId: omar.id, submittedAt: res.body.submittedAt }),
    );
  });

  it('co-signs: signed by the author as of their signature, co-signed by the supervisor, then frozen', async () => {
    const pending = await signed();
    const res = await samAgent.post(`/api/sessions/${pending.id}/cosign`).send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'signed', signedBy: omar.id, signedAt: pending.submittedAt, cosignedBy: sam.id, submittedAt: null });
    expect(Date.parse(res.body.cosignedAt)).toBeGreaterThanOrEqual(Date.parse(pending.submittedAt));
    expect((await queue(samAgent)).map((i) => i.session.id)).not.toContain(pending.id);

    for (const route of ['cosign', 'return']) {
      const again = await samAgent.post(`/api/sessions/${pending.id}/${route}`).send(route === 'return' ? { comment: 'too late' } : {});
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('session_not_pending');
    }
    // Frozen like any signed session: an addendum is the way to add to it.
    expect((await omarAgent.post(`/api/sessions/${pending.id}/addenda`).send({ text: 'Phoned the sister.' })).status).toBe(201);
  });

  it('returns to the author with a comment, keeps every return, and the author signs again', async () => {
    const pending = await signed();
    const first = await samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: 'Name the technique you used.' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'draft', submittedAt: null, summary: pending.summary });
    expect(first.body.returns).toEqual([{ comment: 'Name the technique you used.', by: sam.id, byName: expect.any(String), at: expect.any(String) }]);
    expect((await queue(samAgent)).map((i) => i.session.id)).not.toContain(pending.id);

    const fixed = await omarAgent
      .patch(`/api/sessions/${pending.id}`)
      .send({ ...write({ summary: 'Talked about the move; used heightening.' }), version: first.body.version });
    expect(fixed.status).toBe(200);
    const resigned = await omarAgent.post(`/api/sessions/${pending.id}/sign`).send({ version: fixed.body.version });
    expect(resigned.body.status).toBe('pending_cosign');
    const second = await samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: 'And the goal it served.' });
    expect(second.body.returns.map((r: { comment: string }) => r.comment)).toEqual(['Name the technique you used.', 'And the goal it served.']);
    expect(second.body.summary).toBe('Talked about the move; used heightening.');
  });

  it('asks for a comment to return a session', async () => {
    const pending = await signed();
    const res = await samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: '  ' });
    expect(res.status).toBe(400);
    expect(res.body.details[0].field).toBe('comment');
    expect((await samAgent.get(`/api/sessions/${pending.id}`)).body.status).toBe('pending_cosign');
  });

  it('lets exactly one of a co-sign and a return racing each other win; the other gets 409', async () => {
    for (let round = 0; round < 3; round++) {
      const pending = await signed();
      const answers = await Promise.all([
        samAgent.post(`/api/sessions/${pending.id}/cosign`).send({}),
        samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: 'Second thoughts.' }),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const loser = answers.find((a) => a.status === 409)!;
      expect(loser.body.code).toBe('session_not_pending');
      const now = (await samAgent.get(`/api/sessions/${pending.id}`)).body;
      if (answers[0].status === 200) expect(now).toMatchObject({ status: 'signed', returns: [] });
      else expect(now).toMatchObject({ status: 'draft', cosignedBy: null, returns: [expect.objectContaining({ comment: 'Second thoughts.' })] });
    }
  });

  it('filters the queue by supervisee and lists it oldest first', async () => {
    const clara = await t.user(practiceId, 'clinician', { supervisorId: sam.id });
    const claraAgent = await t.signIn(clara);
    expect((await setCosign(clara.id, { requiresCosign: true })).status).toBe(200);
    const claraClient = (await createClient(claraAgent)).id;
    const newest = await signed(claraAgent, claraClient);
    const items = await queue(samAgent);
    expect(items.length).toBeGreaterThan(1);
    expect(items[items.length - 1].session.id).toBe(newest.id);
    const times = items.map((i) => Date.parse(i.submittedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const onlyClara = await queue(samAgent, `?clinicianId=${clara.id}`);
    expect(onlyClara.map((i) => i.session.id)).toEqual([newest.id]);
    expect((await samAgent.get('/api/reviews?clinicianId=nope')).status).toBe(400);
  });

  it('flags the returned note for its author and the waiting one for the supervisor', async () => {
    const flagsOf = async (agent: TestAgent) => {
      const res = await agent.get('/api/dashboard');
      return res.body.clients.find((c: { client: { id: string } }) => c.client.id === clientId).flags as string[];
    };
    // Earlier tests left both a returned draft and a waiting session on this client.
    expect(await flagsOf(omarAgent)).toContain('returned_notes');
    expect(await flagsOf(omarAgent)).not.toContain('awaiting_cosign');
    expect(await flagsOf(samAgent)).toContain('awaiting_cosign');
    expect(await flagsOf(samAgent)).not.toContain('returned_notes');
  });

  it('writes cosign and return audit events in the practice trail', async () => {
    const pending = await signed();
    await samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: 'One more detail.' });
    const res = await admin.get(`/api/audit?actorId=${sam.id}`);
    const actions = res.body.items.filter((e: { entityId: string }) => e.entityId === pending.id).map((e: { action: string }) => e.action);
    expect(actions).toEqual(['return']);
    const cosigns = await admin.get(`/api/audit?actorId=${sam.id}&action=cosign`);
    expect(cosigns.body.items.length).toBeGreaterThan(0);
    expect(cosigns.body.items[0]).toMatchObject({ entityType: 'session', clientId });
  });

  it('says who co-signed in the Markdown export', async () => {
    const pending = await signed();
    await samAgent.post(`/api/sessions/${pending.id}/cosign`).send({});
    const res = await omarAgent.get(`/api/clients/${clientId}/summary?format=md`).buffer(true);
    expect(res.status).toBe(200);
    const name = (await admin.get('/api/users')).body.items.find((u: { id: string }) => u.id === sam.id).displayName;
    expect(res.text).toMatch(new RegExp(`Co-signed by ${name} on \\d+ \\w+ \\d{4}`));
  });
});

describe('who may co-sign or return', () => {
  it('only the author\u2019s supervisor: 403 for those who may see, 404 for those who may not', async () => {
    const pending = await signed();
    const otherSupervisor = await t.signIn(await t.user(practiceId, 'supervisor'));
    const colleague = await t.user(practiceId, 'clinician');
    await omarAgent.post(`/api/clients/${clientId}/care-team`).send({ userId: colleague.id });
    const onCareTeam = await t.signIn(colleague);
    const elsewhere = await t.signIn(await t.user(await t.practice('Elsewhere'), 'supervisor'));
    const cases: [string, TestAgent, number][] = [
      ['the author', omarAgent, 403],
      ['a colleague on the care team', onCareTeam, 403],
      ['the admin', admin, 403],
      ['another supervisor', otherSupervisor, 404],
      ['another practice', elsewhere, 404],
    ];
    for (const [who, agent, status] of cases) {
      for (const route of ['cosign', 'return']) {
        const res = await agent.post(`/api/sessions/${pending.id}/${route}`).send(route === 'return' ? { comment: 'x' } : {});
        expect([who, route, res.status]).toEqual([who, route, status]);
      }
    }
    expect((await samAgent.get(`/api/sessions/${pending.id}`)).body.status).toBe('pending_cosign');
    expect(await queue(otherSupervisor)).toEqual([]);
  });

  it('follows the author when their supervisor changes while a session waits', async () => {
    const pending = await signed();
    const newSupervisor = await t.user(practiceId, 'supervisor');
    const newAgent = await t.signIn(newSupervisor);
    expect((await setCosign(omar.id, { supervisorId: newSupervisor.id })).status).toBe(200);
    // Sam no longer supervises Omar, so no longer sees his clients at all.
    expect((await samAgent.post(`/api/sessions/${pending.id}/cosign`).send({})).status).toBe(404);
    expect((await queue(samAgent)).map((i) => i.session.id)).not.toContain(pending.id);
    expect((await queue(newAgent)).map((i) => i.session.id)).toContain(pending.id);
    const res = await newAgent.post(`/api/sessions/${pending.id}/cosign`).send({});
    expect(res.body).toMatchObject({ status: 'signed', cosignedBy: newSupervisor.id, signedBy: omar.id });
    expect((await setCosign(omar.id, { supervisorId: sam.id })).status).toBe(200);
  });

  it('keeps sessions waiting when the supervisor is deactivated, until another is named', async () => {
    const leaving = await t.user(practiceId, 'supervisor');
    const leavingAgent = await t.signIn(leaving);
    expect((await setCosign(omar.id, { supervisorId: leaving.id })).status).toBe(200);
    const pending = await signed();
    expect((await setCosign(leaving.id, { active: false })).status).toBe(200);
    expect((await leavingAgent.post(`/api/sessions/${pending.id}/cosign`).send({})).status).toBe(401);
    // Still waiting, and Omar's next signature waits too.
    expect((await omarAgent.get(`/api/sessions/${pending.id}`)).body.status).toBe('pending_cosign');
    expect((await signed()).status).toBe('pending_cosign');
    expect((await setCosign(omar.id, { supervisorId: sam.id })).status).toBe(200);
    expect((await queue(samAgent)).map((i) => i.session.id)).toContain(pending.id);
    expect((await samAgent.post(`/api/sessions/${pending.id}/cosign`).send({})).body.status).toBe('signed');
  });
});

describe('the database refuses changes to waiting and co-signed sessions, whatever SQL asks', () => {
  const refused = /cannot be changed|co-signature/;

  it('refuses edits, deletes, parts and an unnamed co-signature on a waiting session', async () => {
    const pending = await signed();
    await expect(t.db.query(`UPDATE therapy_session SET summary = 'rewritten' WHERE id = $1`, [pending.id])).rejects.toThrow(refused);
    await expect(t.db.query(`UPDATE therapy_session SET status = 'draft', summary = 'rewritten' WHERE id = $1`, [pending.id])).rejects.toThrow(
      refused,
    );
    await expect(t.db.query(`UPDATE therapy_session SET status = 'signed' WHERE id = $1`, [pending.id])).rejects.toThrow(refused);
    await expect(t.db.query(`DELETE FROM therapy_session WHERE id = $1`, [pending.id])).rejects.toThrow(refused);
    await expect(t.db.query(`UPDATE goal_rating SET rating = 9 WHERE session_id = $1`, [pending.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`DELETE FROM goal_rating WHERE session_id = $1`, [pending.id])).rejects.toThrow(/cannot be changed/);
    const [row] = await t.db.query(`SELECT status, summary FROM therapy_session WHERE id = $1`, [pending.id]);
    expect(row).toEqual({ status: 'pending_cosign', summary: pending.summary });
  });

  it('refuses changes to a co-signed session and its returns', async () => {
    const pending = await signed();
    await samAgent.post(`/api/sessions/${pending.id}/return`).send({ comment: 'Add the plan.' });
    await omarAgent.post(`/api/sessions/${pending.id}/sign`).send({});
    await samAgent.post(`/api/sessions/${pending.id}/cosign`).send({});
    await expect(t.db.query(`UPDATE therapy_session SET cosigned_by = NULL WHERE id = $1`, [pending.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`UPDATE therapy_session SET status = 'draft' WHERE id = $1`, [pending.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`UPDATE session_return SET comment = 'never said' WHERE session_id = $1`, [pending.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(t.db.query(`DELETE FROM session_return WHERE session_id = $1`, [pending.id])).rejects.toThrow(/cannot be changed/);
    await expect(t.db.query(`TRUNCATE session_return`)).rejects.toThrow(/cannot be truncated/);
  });

  it('refuses to sign a draft of a clinician who requires co-signature without one', async () => {
    const s = await draft();
    await expect(
      t.db.query(`UPDATE therapy_session SET status = 'signed', signed_at = now(), signed_by = clinician_id WHERE id = $1`, [s.id]),
    ).rejects.toThrow(/co-signature/);
  });
});
