import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../src/config/config';
import { renderOpenApi } from '../src/openapi';
import { newClient } from './factories';
import { startTestApp, TestApp } from './harness';

const root = findRepoRoot();
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('schema', () => {
  it('has migrations that match the entities exactly (nothing left to generate)', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps audit events append-only, even for raw SQL as the application user', async () => {
    const practiceId = await t.practice();
    await t.db.query(`INSERT INTO audit_event (practice_id, at, action, outcome) VALUES ($1, now(), 'read', 'success')`, [practiceId]);
    await expect(t.db.query(`UPDATE audit_event SET outcome = 'tampered'`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(t.db.query(`DELETE FROM audit_event`)).rejects.toThrow(/cannot be changed or deleted/);
    await expect(t.db.query(`TRUNCATE audit_event`)).rejects.toThrow(/cannot be changed or deleted/);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE outcome = 'tampered'`);
    expect(n).toBe(0);
  });

  it('puts practice_id on every tenant-owned table', async () => {
    const rows: { table_name: string }[] = await t.db.query(
      `SELECT t.table_name FROM information_schema.tables t
        WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND t.table_name NOT IN ('schema_migration', 'practice', 'login_attempt')
          AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                           WHERE c.table_name = t.table_name AND c.column_name = 'practice_id')`,
    );
    expect(rows).toEqual([]);
  });
});

describe('API description', () => {
  it('is served at /api/docs-json and matches the committed openapi.json', async () => {
    const committed = readFileSync(join(root, 'openapi.json'), 'utf8');
    expect(await renderOpenApi()).toEqual(committed);
    const served = await t.http().get('/api/docs-json');
    expect(served.status).toBe(200);
    expect(served.body.paths).toEqual(JSON.parse(committed).paths);
  });

  it("has the client's generated types up to date with openapi.json (npm run openapi)", async () => {
    const committed = readFileSync(join(root, 'client/src/lib/api-types.ts'), 'utf8');
    const out = join(mkdtempSync(join(tmpdir(), 'sb-types-')), 'api-types.ts');
    // The same CLI as `npm run api-types -w client` (a separate process: it is ESM-only).
    execFileSync(process.execPath, [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(root, 'openapi.json'), '-o', out], {
      stdio: 'pipe',
    });
    expect(committed).toEqual(readFileSync(out, 'utf8'));
  });

  it('names every operation (operation ids double as client method names)', () => {
    const doc = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p as object).map((op: { operationId: string }) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['login', 'logout', 'me', 'listClients', 'createClient', 'getClient', 'updateClient']));
  });
});

describe('health', () => {
  it('answers 200 with the database up', async () => {
    const res = await t.http().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'ok' });
  });
});

describe('logs', () => {
  it('never contain names, search terms or passwords', async () => {
    const practiceId = await t.practice();
    const user = await t.user(practiceId, 'clinician');
    const agent = await t.signIn(user);
    const marker = 'Zephyrine';
    await agent.post('/api/clients').send(newClient({ firstName: marker, lastName: 'Quillfeather', pronouns: 'xe/xem', intakeDate: '2026-02-02' }));
    await agent.get(`/api/clients?q=${marker}`);
    await agent.post('/api/clients').send(newClient({ firstName: marker, lastName: 7, intakeDate: '2026-02-30' }));
    await t.http().post('/api/auth/login').send({ email: user.email, password: 'Wrong-Secret-Passphrase' });
    const text = t.logs.join('\n');
    expect(t.logs.length).toBeGreaterThan(3);
    expect(text).not.toContain(marker);
    expect(text).not.toContain('Quillfeather');
    expect(text).not.toContain('Wrong-Secret-Passphrase');
    expect(text).toContain('/api/clients');
  });
});

describe('errors', () => {
  it('answers an unknown API route with a JSON 404', async () => {
    const agent = await t.signIn(await t.user(await t.practice(), 'clinician'));
    const res = await agent.get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
