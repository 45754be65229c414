import { adminQuery } from '../scripts/scratch-database';

export default async function globalTeardown(): Promise<void> {
  const scratch = globalThis.__securebaseScratch;
  if (!scratch) return;
  await adminQuery(scratch.server.adminUrl, `DROP DATABASE IF EXISTS ${scratch.template}`);
  await scratch.server.stop();
}
