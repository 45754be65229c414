import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for the client's questionnaire page: what a phone on a slow connection downloads before it can answer. */
export const QUESTIONNAIRE_JS_BUDGET_GZIP = 80_000;

/**
 * The JavaScript the client's questionnaire page (q.html) loads, read from the build on disk: the
 * entry script, its module preloads, and every chunk those import statically or dynamically, each
 * gzip-compressed at zlib's default level (what servers send; level 9 would flatter).
 */
export function questionnairePageWeight(dist: string) {
  const html = join(dist, 'q.html');
  if (!existsSync(html)) return null;
  const page = readFileSync(html, 'utf8');
  const pending = [...page.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const files = new Map<string, { bytes: number; gzipBytes: number }>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    const body = readFileSync(join(dist, file));
    files.set(file, { bytes: body.length, gzipBytes: gzipSync(body).length });
    // Chunks name each other relative to assets/: from"./x.js", import("./x.js"), import"./x.js".
    for (const m of body.toString('utf8').matchAll(/(?:from|import)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) pending.push(`assets/${m[1]}`);
  }
  const gzipBytes = [...files.values()].reduce((n, f) => n + f.gzipBytes, 0);
  return {
    files: Object.fromEntries([...files].sort()),
    jsBytes: [...files.values()].reduce((n, f) => n + f.bytes, 0),
    jsGzipBytes: gzipBytes,
    budgetGzipBytes: QUESTIONNAIRE_JS_BUDGET_GZIP,
    withinBudget: gzipBytes <= QUESTIONNAIRE_JS_BUDGET_GZIP,
  };
}

// `node -r @swc-node/register bench/questionnaire-page.ts` prints the figure for the current build.
if (require.main === module) {
  const weight = questionnairePageWeight(join(__dirname, '../client/dist'));
  if (!weight) {
    console.error('client/dist/q.html is missing: run `npm run build -w client` first');
    process.exit(1);
  }
  console.log(JSON.stringify(weight, null, 2));
  if (!weight.withinBudget) process.exitCode = 1;
}
