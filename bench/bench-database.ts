import { adminQuery, startScratchServer } from '../server/scripts/scratch-database';

/**
 * One empty database for a bench script, on a scratch PostgreSQL (DATABASE_URL's server when set,
 * else an embedded one). `drop()` removes it and stops the scratch server; BENCH_KEEP=1 keeps the
 * database (on DATABASE_URL's server) for EXPLAIN ANALYZE afterwards.
 */
export async function benchDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const scratch = await startScratchServer();
  const database = `securebase_${name}_${process.pid}`;
  await adminQuery(scratch.adminUrl, `CREATE DATABASE ${database}`);
  return {
    url: scratch.urlFor(database),
    async drop() {
      if (!process.env.BENCH_KEEP) await adminQuery(scratch.adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
      else console.log(`Kept database ${database}`);
      await scratch.stop();
    },
  };
}
