import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderOpenApi } from '../src/openapi';
import { findRepoRoot } from '../src/config/config';

/** `npm run openapi`: writes openapi.json at the repo root, from which the client's types are generated. */
renderOpenApi()
  .then((json) => {
    const file = join(findRepoRoot(), 'openapi.json');
    writeFileSync(file, json);
    console.log(`Wrote ${file}`);
  })
  .catch((err) => {
    console.error(err);
    process.exit(1);
  });
