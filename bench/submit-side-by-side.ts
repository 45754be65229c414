import 'reflect-metadata';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { benchDatabase } from './bench-database';
import { DEMO_EMAIL, DEMO_PASSWORD, signInCookie, startAppServer } from './pages';
import { questionnaireSubmitThroughput } from './questionnaire-submit';

/**
 * The client's submit route of two builds side by side on one database, alternating which goes first
 * (this machine's speed moves from one minute to the next):
 *
 *   SWC_NODE_PROJECT=server/tsconfig.json node -r @swc-node/register bench/submit-side-by-side.ts /tmp/before . --runs 3 --links 1000
 *
 * Each argument is a checkout with a built server (as for bench/client-pages.ts).
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const runs = option('--runs', 3);
const links = option('--links', 1000);
const roots = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--links'].includes(args[i - 1])).map((a) => resolve(a));

async function main() {
  if (roots.length === 0) throw new Error('Name at least one checkout');
  const database = await benchDatabase('submit');
  const servers: ChildProcess[] = [];
  try {
    const bases: string[] = [];
    for (const [i, root] of roots.entries()) {
      const port = 5300 + i * 10 + Math.floor(Math.random() * 10);
      servers.push(await startAppServer(root, database.url, port, i === 0));
      bases.push(`http://127.0.0.1:${port}`);
    }
    const cookie = await signInCookie(bases[0], DEMO_EMAIL, DEMO_PASSWORD);
    for (let run = 1; run <= runs; run++) {
      const order = run % 2 ? bases.map((_, i) => i) : bases.map((_, i) => i).reverse();
      for (const i of order) {
        const r = await questionnaireSubmitThroughput(bases[i], cookie, { links, connections: 10 });
        console.log(JSON.stringify({ build: roots[i], run, ...r }));
      }
    }
  } finally {
    for (const s of servers) s.kill();
    await database.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
