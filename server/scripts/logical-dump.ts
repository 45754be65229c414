import 'reflect-metadata';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource, DataSourceOptions, MigrationExecutor } from 'typeorm';
import { MIGRATIONS, MigrationClass } from '../../migrations';
import { createDataSource } from '../src/database/data-source';
import { serverMajor } from './database-target';

/**
 * SecureBase's own logical backup format, for when no pg_dump that can read the server is at
 * hand (the embedded PostgreSQL 18 ships none, and Debian 12 has only pg_dump 15).
 *
 * The schema is not in the file: it is the app's migrations, whose names the file lists. The
 * data are every table's rows as JSON, read in one REPEATABLE READ snapshot. A restore runs the
 * same migrations on an empty database, loads the rows with the user triggers off (the
 * append-only and signed-session triggers would refuse them) in foreign-key order in one
 * transaction, turns the triggers back on and runs any newer migrations.
 *
 * gzip of JSON lines: a header, then {table, rows} chunks, then a trailer with row counts.
 */
export const LOGICAL_FORMAT = 'securebase-logical-dump';
const FORMAT_VERSION = 1;
const CHUNK_ROWS = 500;
/** Sessions and sign-in throttling are not part of the record: a restore starts with neither. */
export const NO_DATA_TABLES = ['auth_session', 'login_attempt'];
const MIGRATION_TABLE = 'schema_migration';

interface Header {
  format: string;
  version: number;
  createdAt: string;
  server: string;
  migrations: { timestamp: string; name: string }[];
  tables: { name: string; columns: string[] }[];
}
interface Trailer {
  end: true;
  rows: Record<string, number>;
  sequences: { name: string; value: string; called: boolean }[];
}

type Query = (sql: string, params?: unknown[]) => Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rows of any table, read by column name

/** Base tables of the public schema, each after the tables it references. */
async function tablesInLoadOrder(query: Query): Promise<{ name: string; columns: string[]; selfReferencing: boolean }[]> {
  const tables: { name: string; columns: string[] }[] = await query(`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname ORDER BY c.relname`);
  const refs: { from: string; to: string }[] = await query(`
    SELECT DISTINCT c.conrelid::regclass::text AS "from", c.confrelid::regclass::text AS "to"
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public'`);
  const strip = (s: string) => s.replace(/^public\./, '').replace(/^"(.*)"$/, '$1');
  const needs = new Map<string, Set<string>>(tables.map((t) => [t.name, new Set<string>()]));
  const selfRef = new Set<string>();
  for (const r of refs) {
    const from = strip(r.from);
    const to = strip(r.to);
    if (from === to) selfRef.add(from);
    else needs.get(from)?.add(to);
  }
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.map((t) => t.name).filter((n) => !placed.has(n) && [...needs.get(n)!].every((d) => placed.has(d) || !needs.has(d)));
    if (!ready.length) throw new Error('the foreign keys between tables form a cycle; this format cannot order them');
    for (const n of ready) {
      placed.add(n);
      ordered.push(n);
    }
  }
  const byName = new Map(tables.map((t) => [t.name, t]));
  return ordered.map((n) => ({ name: n, columns: byName.get(n)!.columns, selfReferencing: selfRef.has(n) }));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function writeLogicalDump(url: string, file: string): Promise<{ rows: Record<string, number> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gzip.pipe(out);
  const write = async (line: string) => {
    if (!gzip.write(line + '\n')) await once(gzip, 'drain');
  };
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET LOCAL TIME ZONE 'UTC'`);
    const { version } = await serverMajor(client);
    const tables = (await tablesInLoadOrder((sql, params) => client.query(sql, params).then((r) => r.rows))).filter(
      (t) => t.name !== MIGRATION_TABLE,
    );
    const { rows: migrations } = await client.query(`SELECT timestamp::text AS timestamp, name FROM ${MIGRATION_TABLE} ORDER BY id`);
    const header: Header = {
      format: LOGICAL_FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server: version,
      migrations,
      tables: tables.map(({ name, columns }) => ({ name, columns })),
    };
    await write(JSON.stringify(header));
    const counts: Record<string, number> = {};
    for (const table of tables) {
      counts[table.name] = 0;
      if (NO_DATA_TABLES.includes(table.name)) continue;
      await client.query(`DECLARE dump_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table.name)} t`);
      for (;;) {
        const { rows } = await client.query(`FETCH ${CHUNK_ROWS} FROM dump_rows`);
        if (!rows.length) break;
        counts[table.name] += rows.length;
        await write(`{"table":${JSON.stringify(table.name)},"rows":[${rows.map((r) => r.j).join(',')}]}`);
      }
      await client.query('CLOSE dump_rows');
    }
    const { rows: sequences } = await client.query(
      `SELECT format('%I', sequencename) AS name, last_value::text AS value, true AS called
         FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL`,
    );
    const trailer: Trailer = { end: true, rows: counts, sequences };
    await write(JSON.stringify(trailer));
    await client.query('COMMIT');
    gzip.end();
    await once(out, 'close');
    return { rows: counts };
  } catch (err) {
    gzip.destroy();
    out.destroy();
    throw err;
  } finally {
    await client.end();
  }
}

function migrationName(m: MigrationClass): string {
  return new m().name ?? m.name;
}

/** A DataSource that knows only the given migrations (the dump's, or all of them). */
async function dataSourceWith(url: string, migrations: MigrationClass[]): Promise<DataSource> {
  // A restore's statements (a whole table's rows at once) may take far longer than a request's.
  const ds = new DataSource({ ...createDataSource(url, 2, 10 * 60_000).options, migrations } as DataSourceOptions);
  await ds.initialize();
  return ds;
}

/** Back to an empty database after a failed restore: every table, function and type the migrations made, in one go. */
async function dropEverythingOwn(query: Query): Promise<void> {
  await query(`DO $$
    DECLARE dropping text;
    BEGIN
      SELECT string_agg(format('DROP TABLE IF EXISTS %I.%I CASCADE', schemaname, tablename), '; ') INTO dropping FROM pg_tables WHERE schemaname = 'public';
      IF dropping IS NOT NULL THEN EXECUTE dropping; END IF;
      SELECT string_agg(format('DROP SEQUENCE IF EXISTS %I.%I CASCADE', sequence_schema, sequence_name), '; ') INTO dropping FROM information_schema.sequences WHERE sequence_schema = 'public';
      IF dropping IS NOT NULL THEN EXECUTE dropping; END IF;
      SELECT string_agg(format('DROP FUNCTION IF EXISTS %s CASCADE', p.oid::regprocedure), '; ') INTO dropping FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public';
      IF dropping IS NOT NULL THEN EXECUTE dropping; END IF;
      SELECT string_agg(format('DROP TYPE IF EXISTS %I.%I CASCADE', n.nspname, t.typname), '; ') INTO dropping FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd', 'r', 'm');
      IF dropping IS NOT NULL THEN EXECUTE dropping; END IF;
    END $$`);
}

/**
 * Loads a logical dump into an empty database (the caller checks it is empty). First the dump's
 * migrations, each committed as at any app start: a migration that adds an enum value lets later
 * ones use it only once committed (PostgreSQL 15 refuses it in the same transaction, "unsafe use of
 * new value"). Then the rows as ONE transaction. A failure anywhere drops what the migrations made,
 * so a failed restore leaves the database as empty as it was. Newer migrations run afterwards.
 */
export async function restoreLogicalDump(url: string, file: string): Promise<{ rows: Record<string, number>; newerMigrations: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown> | undefined> => {
    const { value, done } = await iterator.next();
    return done ? undefined : JSON.parse(value);
  };

  const header = (await next().catch(() => undefined)) as unknown as Header | undefined;
  if (header?.format !== LOGICAL_FORMAT) throw new Error('this file is not a SecureBase logical dump');
  if (header.version !== FORMAT_VERSION)
    throw new Error(`this dump is format version ${header.version}; this SecureBase reads version ${FORMAT_VERSION}`);

  // The dump's schema is the app's first N migrations; a dump from a newer app cannot be read.
  const ours = MIGRATIONS.map(migrationName);
  const theirs = header.migrations.map((m) => m.name);
  const mismatch = theirs.findIndex((name, i) => ours[i] !== name);
  if (mismatch !== -1) {
    throw new Error(
      `this dump was made by another version of SecureBase (its migration ${theirs[mismatch]} is not this app's migration ${mismatch + 1}); restore it with that version`,
    );
  }

  const ds = await dataSourceWith(url, MIGRATIONS.slice(0, theirs.length));
  const runner = ds.createQueryRunner();
  const query: Query = (sql, params) => runner.query(sql, params);
  const loaded: Record<string, number> = {};
  try {
    await runner.connect();
    const migrate = new MigrationExecutor(ds, runner);
    migrate.transaction = 'each';
    await migrate.executePendingMigrations();
    await runner.startTransaction();
    await query(`SET LOCAL TIME ZONE 'UTC'`);

    const target = new Map((await tablesInLoadOrder(query)).map((t) => [t.name, t]));
    for (const t of header.tables) {
      const here = target.get(t.name);
      if (!here || here.columns.join() !== t.columns.join()) {
        throw new Error(`table ${t.name} in the dump does not match the schema its migrations make`);
      }
      // The append-only and signed-session triggers would refuse these rows; the foreign keys stay on.
      await query(`ALTER TABLE ${ident(t.name)} DISABLE TRIGGER USER`);
      loaded[t.name] = 0;
    }
    const insert = async (table: string, rows: unknown[]) => {
      if (!rows.length) return;
      await query(`INSERT INTO ${ident(table)} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [
        JSON.stringify(rows),
      ]);
      loaded[table] += rows.length;
    };
    // A table that references itself (app_user.supervisor_id) goes in as one statement, so the
    // foreign key is checked once every row is there.
    let held: { table: string; rows: unknown[] } | undefined;
    let trailer: Trailer | undefined;
    for (let line = await next(); line; line = await next()) {
      if (line.end) {
        trailer = line as unknown as Trailer;
        break;
      }
      const { table, rows } = line as { table: string; rows: unknown[] };
      if (!(table in loaded)) throw new Error(`the dump has rows for ${table}, which its header does not list`);
      if (held && held.table !== table) {
        await insert(held.table, held.rows);
        held = undefined;
      }
      if (target.get(table)!.selfReferencing) (held ??= { table, rows: [] }).rows.push(...rows);
      else await insert(table, rows);
    }
    if (held) await insert(held.table, held.rows);
    if (!trailer) throw new Error('the dump ends early (no trailer): the file is truncated');
    for (const [table, n] of Object.entries(trailer.rows)) {
      if ((loaded[table] ?? 0) !== n) throw new Error(`table ${table}: the dump promises ${n} rows but holds ${loaded[table] ?? 0}`);
    }
    for (const seq of trailer.sequences) await query(`SELECT setval($1::regclass, $2::bigint, $3)`, [seq.name, seq.value, seq.called]);
    for (const t of header.tables) await query(`ALTER TABLE ${ident(t.name)} ENABLE TRIGGER USER`);
    await runner.commitTransaction();
  } catch (err) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await dropEverythingOwn(query);
    throw err;
  } finally {
    await runner.release();
    await ds.destroy();
    lines.close();
  }

  const newer = MIGRATIONS.length - theirs.length;
  if (newer) {
    const all = await dataSourceWith(url, MIGRATIONS);
    try {
      await all.runMigrations({ transaction: 'each' });
    } finally {
      await all.destroy();
    }
  }
  return { rows: loaded, newerMigrations: newer };
}
