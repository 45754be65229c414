import sql, { empty, join, raw, Sql } from 'sql-template-tag';
import type { DataSource, EntityManager, QueryResult, QueryRunner } from 'typeorm';

/**
 * The one way the server builds and runs SQL. Statements are written with the `sql` tag
 * (sql-template-tag): every `${value}` becomes a numbered parameter, and a nested `Sql` fragment
 * (an access rule, a column list, an optional filter) is spliced in with its own parameters
 * renumbered. `raw` is for trusted text only (a table name from a fixed union), never for input.
 *
 * Statements run through TypeORM's query runner, so its logger sees every one (the tenancy test
 * records them) and a transaction's EntityManager keeps them inside the transaction.
 */
export { empty, join, raw, sql, Sql };

/** The texts of the statements marked `prepared`, and the name each runs under. */
const PREPARED = new Map<string, string>();

/**
 * A hot statement, run as a named prepared statement: each pooled connection parses and plans it
 * once, and PostgreSQL can then keep a generic plan, instead of planning it on every call (the
 * prep panel's statement took as long to plan as to run, 1.5 ms). Only for a statement whose text
 * never changes, only its values: one name, one text, or this throws. TypeORM hands pg the text,
 * so the pg client (database/data-source.ts) finds the name by the text (preparedName), and
 * TypeORM's logger still sees the statement. The name also travels on the Sql, for a bare pg pool
 * (the benchmark's raw queries).
 */
export function prepared(name: string, statement: Sql): Sql & { name: string } {
  const text = statement.text;
  const known = PREPARED.get(text);
  if (known === undefined && [...PREPARED.values()].includes(name)) throw new Error(`Prepared statement ${name}: its text changed`);
  if (known !== undefined && known !== name) throw new Error(`Prepared statement ${name}: the same text is prepared as ${known}`);
  PREPARED.set(text, name);
  return Object.assign(statement, { name });
}

/** The name a statement text is prepared under (`prepared`), if any. */
export function preparedName(text: string): string | undefined {
  return PREPARED.get(text);
}

/** Where a statement can run: the pool, a transaction's manager, or a query runner. */
export type Db = DataSource | EntityManager | QueryRunner;

/** Every row the statement returns, typed by the repository that wrote the statement. */
export async function query<Row>(db: Db, statement: Sql): Promise<Row[]> {
  return (await run<Row>(db, statement)).records ?? [];
}

/** The first row, or undefined when there is none. */
export async function one<Row>(db: Db, statement: Sql): Promise<Row | undefined> {
  return (await query<Row>(db, statement))[0];
}

/** The number of rows the statement touched (UPDATE, DELETE, INSERT without RETURNING). */
export async function execute(db: Db, statement: Sql): Promise<number> {
  return (await run(db, statement)).affected ?? 0;
}

/** `SELECT 1`, for the health probe. */
export async function ping(db: Db): Promise<void> {
  await run(db, sql`SELECT 1`);
}

// What DataSource.query does, but asking for the structured result: rows and the affected count
// come back apart (plain query() answers [rows, count] for UPDATE and DELETE, a bare array otherwise).
async function run<Row>(db: Db, statement: Sql): Promise<QueryResult<Row>> {
  // Told apart by members only each has (an EntityManager also has release(), so not that).
  const runner = 'isTransactionActive' in db ? db : ('createQueryRunner' in db ? db.manager : db).queryRunner;
  if (runner) return runner.query(statement.text, statement.values, true);
  // Outside a transaction: a pooled connection for this one statement, as DataSource.query takes.
  const pooled = ('createQueryRunner' in db ? db : db.dataSource).createQueryRunner();
  try {
    return await pooled.query(statement.text, statement.values, true);
  } finally {
    await pooled.release();
  }
}
