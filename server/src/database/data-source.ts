import { types } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { SnakeNamingStrategy } from '../common/naming-strategy';
import { ENTITIES } from './entities';

// Calendar dates stay 'YYYY-MM-DD' strings end to end; a JS Date would shift them by time zone.
types.setTypeParser(types.builtins.DATE, (v) => v);

export function createDataSource(url: string, poolSize = 10): DataSource {
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
      // Fail fast when the database is unreachable instead of hanging a request.
      connectionTimeoutMillis: 2000,
      statement_timeout: 15000,
      application_name: 'securebase',
    },
  });
}
