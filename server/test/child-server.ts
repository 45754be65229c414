import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/passwords';
import { cheapHash } from './test-password';
import { findRepoRoot } from '../src/config/config';
import { newSession } from './factories';

/**
 * The real, built server (`node server/dist/server/src/main.js`) as a child process on loopback,
 * for the tests that kill it, stop it or load it. `npm test` builds before Jest runs.
 */
export const MAIN_JS = join(findRepoRoot(), 'server/dist/server/src/main.js');

export function requireBuiltServer(): void {
  if (!existsSync(MAIN_JS)) {
    throw new Error(`${MAIN_JS} is missing: these tests run the built server. Run \`npm run build\` (npm test does) and try again.`);
  }
}

/**
 * A port that was free a moment ago: only a guess, because once the probe closes anyone may take
 * it (another engineer's run, or an outgoing connection's ephemeral port) before our child binds
 * it. Whoever listens on the port decides: ChildServer.start tries another port when its child
 * fails with EADDRINUSE, and so must any other caller.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface ChildServerOptions {
  port?: number;
  secret?: string;
  timeoutMs?: number;
  /** More of the server's configuration (config.ts), e.g. DATA_DIR, SEED_DEMO. */
  env?: Record<string, string>;
}

/** How many ports ChildServer.start tries: each try fails only if someone took that very port. */
const PORT_TRIES = 5;
/** What main.ts prints once its own listen() succeeded. */
const LISTENING = 'SecureBase is running at';

export class ChildServer {
  readonly output: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Set by launch() once our own child listens and answers /api/health. */
  private healthy = false;

  private constructor(
    readonly proc: ChildProcess,
    readonly port: number,
  ) {
    proc.stdout?.on('data', (d) => this.output.push(String(d)));
    proc.stderr?.on('data', (d) => this.output.push(String(d)));
    this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /**
   * Starts the server on `databaseUrl` and waits (bounded) until it says it listens and
   * /api/health answers 200. Without `opts.port`, a port taken between the probe and the child's
   * bind means another try on another port. An EMBEDDED_PG_PORT in `opts.env` is taken as such a
   * probe too (callers pass freePort()): when the child's PostgreSQL finds it taken, the next try
   * gets another one, on the same DATA_DIR.
   */
  static async start(databaseUrl: string | null, opts: ChildServerOptions = {}): Promise<ChildServer> {
    requireBuiltServer();
    let env = opts.env;
    for (let attempt = 1; ; attempt++) {
      const port = opts.port ?? (await freePort());
      const server = await ChildServer.launch(databaseUrl, port, { ...opts, env });
      if (server.healthy) return server;
      const out = server.output.join('');
      // embedded-postgres.ts words a taken PostgreSQL port this way (its error also says EADDRINUSE).
      const lostPostgresPort = env?.EMBEDDED_PG_PORT !== undefined && out.includes(`port ${env.EMBEDDED_PG_PORT} is in use`);
      const lostHttpPort = !lostPostgresPort && opts.port === undefined && out.includes('EADDRINUSE');
      if (!(lostPostgresPort || lostHttpPort) || attempt >= PORT_TRIES) {
        throw new Error(`the built server did not become healthy on port ${port}:\n${out}`);
      }
      if (lostPostgresPort) env = { ...env, EMBEDDED_PG_PORT: String(await freePort()) };
    }
  }

  private static async launch(databaseUrl: string | null, port: number, opts: ChildServerOptions): Promise<ChildServer> {
    // A clean environment: only what the server reads (config.ts) plus what node needs.
    // No DATABASE_URL (null) means the server starts its own embedded PostgreSQL under DATA_DIR.
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      ...(databaseUrl === null ? {} : { DATABASE_URL: databaseUrl }),
      SESSION_SECRET: opts.secret ?? randomBytes(32).toString('hex'),
      PORT: String(port),
      LOG_LEVEL: 'warn',
      ...opts.env,
    };
    const proc = spawn(process.execPath, [MAIN_JS], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new ChildServer(proc, port);
    let gone = false;
    void server.exited.then(() => (gone = true));
    const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
    while (Date.now() < deadline && !gone) {
      // Until our child says it listens, whatever answers on the port is someone else.
      if (server.output.join('').includes(LISTENING)) {
        try {
          const res = await fetch(`${server.base}/api/health`, { signal: AbortSignal.timeout(1000) });
          if (res.status === 200) {
            server.healthy = true;
            return server;
          }
        } catch {
          // not answering yet
        }
      }
      await sleep(100);
    }
    proc.kill('SIGKILL');
    await server.exited;
    return server;
  }

  kill(signal: NodeJS.Signals): void {
    this.proc.kill(signal);
  }

  async stop(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill('SIGKILL');
    await this.exited;
  }

  /** Signs in and returns the session cookie. */
  async signIn(email: string, password: string): Promise<string> {
    const res = await fetch(`${this.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('sb.sid='));
    if (!cookie) throw new Error('sign-in answered without a session cookie');
    return cookie.split(';')[0];
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const SEED_PASSWORD = 'child-server-passphrase-2026';
let hash: Promise<string> | undefined;

export interface SeededClinician {
  practiceId: string;
  userId: string;
  email: string;
  clientId: string;
  goalIds: string[];
}

/**
 * Clinicians of one practice straight into the database (no running app needed), each with one
 * client on their care team and `goals` active goals. The password hash is made by the app's
 * hashPassword; `cheapHash` stores an argon2id hash of low cost instead, for tests that sign in
 * many users and are not about sign-in (the server verifies with the cost the hash names).
 */
export async function seedClinicians(
  databaseUrl: string,
  count: number,
  opts: { goals?: number; cheapHash?: boolean } = {},
): Promise<SeededClinician[]> {
  const goals = opts.goals ?? 2;
  const passwordHash = opts.cheapHash ? await cheapHash(SEED_PASSWORD) : await (hash ??= hashPassword(SEED_PASSWORD));
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('BEGIN');
    const {
      rows: [{ id: practiceId }],
    } = await db.query(`INSERT INTO practice (name) VALUES ('Child Server Practice') RETURNING id`);
    const out: SeededClinician[] = [];
    for (let i = 0; i < count; i++) {
      const email = `clinician${i}.${randomBytes(3).toString('hex')}@test.example`;
      const {
        rows: [{ id: userId }],
      } = await db.query(
        `INSERT INTO app_user (practice_id, email, display_name, role, password_hash) VALUES ($1, $2, $3, 'clinician', $4) RETURNING id`,
        [practiceId, email, `Clinician ${i}`, passwordHash],
      );
      const {
        rows: [{ id: clientId }],
      } = await db.query(
        `INSERT INTO client (practice_id, first_name, last_name, intake_date, primary_clinician_id) VALUES ($1, 'Client', $2, '2026-01-05', $3) RETURNING id`,
        [practiceId, `Number ${i}`, userId],
      );
      await db.query(`INSERT INTO care_team_member (client_id, user_id, practice_id) VALUES ($1, $2, $3)`, [clientId, userId, practiceId]);
      const goalIds: string[] = [];
      for (let g = 0; g < goals; g++) {
        const {
          rows: [{ id }],
        } = await db.query(
          `INSERT INTO goal (practice_id, client_id, domain, title, baseline, target, started_on)
           VALUES ($1, $2, $3, $4, 3, 8, '2026-01-05') RETURNING id`,
          [practiceId, clientId, g % 2 ? 'emotional_regulation' : 'boundary_setting', `Goal ${g}`],
        );
        goalIds.push(id);
      }
      out.push({ practiceId, userId, email, clientId, goalIds });
    }
    await db.query('COMMIT');
    return out;
  } finally {
    await db.end();
  }
}

/** A session body with two ratings, two patterns and two notes: "whole" means all six are there. */
export function sessionBody(goalIds: string[], n: number) {
  return newSession({
    startedAt: new Date(Date.UTC(2026, 0, 5) + n * 60_000).toISOString(),
    setting: 'telehealth',
    summary: `Session ${n}`,
    plan: 'Keep the log.',
    goalRatings: goalIds.map((goalId, i) => ({ goalId, rating: (n + i) % 11 })),
    patterns: [
      { pattern: 'reassurance_seeking', intensity: 2 },
      { pattern: 'fear_of_abandonment', intensity: 1 },
    ],
    interventions: [
      { approach: 'eft', techniques: ['heightening'], note: 'Stayed with the fear.', goalIds: [goalIds[0]] },
      { approach: 'cbt', techniques: ['thought record'], note: 'One record a day.', goalIds: [] },
    ],
  });
}
