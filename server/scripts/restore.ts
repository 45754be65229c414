import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { findPgTools, libpqArgs, openTarget, userObjects, withClient } from './database-target';
import { restoreLogicalDump } from './logical-dump';

/**
 * `npm run restore FILE`: loads a dump made by `npm run backup` into the database in use
 * (DATABASE_URL, or the embedded one under .data/, created if there is none), which must be
 * EMPTY: a restore never merges into or overwrites a live record. To restore over an existing
 * install, create a new database (or move .data/ aside), restore into it, then switch.
 *
 * pg_dump's custom format goes through pg_restore in one transaction (tables, then data, then
 * indexes, keys and the append-only triggers, so the triggers never see the load); the logical
 * format through logical-dump.ts.
 */
export const EXIT_NOT_EMPTY = 2;

function formatOf(file: string): 'pg_dump' | 'logical' {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg_dump';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'logical';
  throw new Error(`${file} is neither a pg_dump custom-format archive nor a SecureBase logical dump`);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0].startsWith('-')) throw new Error('Usage: npm run restore FILE');
  const file = resolve(args[0]);
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const format = formatOf(file);

  const target = await openTarget({ createIfMissing: true });
  try {
    const objects = await withClient(target.url, userObjects);
    if (objects > 0) {
      console.error(
        `Refusing to restore into ${target.label}: it is not empty (${objects} tables, functions or types).\n` +
          'Restore into an empty database: create one and point DATABASE_URL at it, or move the .data/ folder aside for the embedded one.',
      );
      return EXIT_NOT_EMPTY;
    }
    if (format === 'pg_dump') {
      const pgRestore = findPgTools('pg_restore').sort((a, b) => b.major - a.major)[0];
      if (!pgRestore) throw new Error('this is a pg_dump archive and no pg_restore was found; set PG_BIN_DIR');
      const { dbname, env } = libpqArgs(target.url);
      const run = spawnSync(
        pgRestore.path,
        ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${dbname}`, file],
        { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] },
      );
      if (run.status !== 0) throw new Error(`pg_restore ${pgRestore.major} failed (nothing was restored): ${run.stderr || run.error?.message}`);
      console.log(`Restored ${file} into ${target.label} with pg_restore ${pgRestore.major}`);
    } else {
      const { rows, newerMigrations } = await restoreLogicalDump(target.url, file);
      const total = Object.values(rows).reduce((a, b) => a + b, 0);
      console.log(
        `Restored ${file} into ${target.label}: ${total} rows in ${Object.keys(rows).length} tables` +
          (newerMigrations ? `, then ${newerMigrations} newer migrations` : ''),
      );
    }
    return 0;
  } finally {
    await target.release();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`restore failed: ${(err as Error).message}`);
    process.exit(1);
  },
);
