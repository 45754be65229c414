import { Client, types } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { SnakeNamingStrategy } from '../common/naming-strategy';
import { ENTITIES } from './entities';
import './instants';
import { preparedName } from './sql';

// Calendar dates stay 'YYYY-MM-DD' strings end to end; a JS Date would shift them by time zone.
types.setTypeParser(types.builtins.DATE, (v) => v);

/**
 * How long any one statement may take before the request gives up with 503 database_unavailable.
 * Bounded on both sides (docs/security.md, "A frozen database"): the server cancels the statement
 * (statement_timeout) when it is merely slow, and the client stops waiting (query_timeout) when the
 * server does not answer at all, as when it is frozen or the network is partitioned.
 * Migrations run on their own connection with a longer bound (database/startup.ts).
 */
export const QUERY_TIMEOUT_MS = 3000;

/**
 * A pg client that is thrown away once a query timed out on it: its connection is in an unknown
 * state (the statement may still be running, or the socket is dead), so it must not go back into
 * the pool for the next request to hang on. Destroying the socket makes pg-pool discard it.
 */
export class DiscardOnTimeoutClient extends Client {
  override query(...args: unknown[]): never {
    // A statement marked `prepared` (database/sql.ts) runs under its name: parsed once per connection.
    const name = typeof args[0] === 'string' ? preparedName(args[0]) : undefined;
    if (name) args[0] = { name, text: args[0] };
    const result = (Client.prototype.query as (...a: unknown[]) => unknown).apply(this, args);
    if (result && typeof (result as Promise<unknown>).catch === 'function') {
      (result as Promise<unknown>).catch((err: unknown) => {
        if ((err as Error | undefined)?.message === 'Query read timeout') {
          (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
        }
      });
    }
    return result as never;
  }
}

export function createDataSource(url: string, poolSize = 10, queryTimeoutMs = QUERY_TIMEOUT_MS): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    synchronize: false,
    logging: false,
    extra: {
      max: poolSize,
      Client: DiscardOnTimeoutClient,
      // Fail fast when the database is unreachable instead of hanging a request: a new connection,
      // or a wait for a free one from a full pool, takes at most 2 s.
      connectionTimeoutMillis: 2000,
      statement_timeout: queryTimeoutMs,
      query_timeout: queryTimeoutMs + 500,
      application_name: 'securebase',
    },
  });
}
