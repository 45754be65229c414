import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONFIG_KEYS, ConfigError, findRepoRoot, loadConfig } from './config';

const secret = 's'.repeat(32);
const scratch = () => mkdtempSync(join(tmpdir(), 'sb-config-'));

describe('loadConfig', () => {
  it('defaults to port 3000, an embedded database and a generated, persisted session secret', () => {
    const dir = scratch();
    const a = loadConfig({ DATA_DIR: dir }, dir);
    expect(a.port).toBe(3000);
    expect(a.databaseUrl).toBeUndefined();
    expect(a.sessionSecret).toMatch(/^[0-9a-f]{64}$/);
    expect(loadConfig({ DATA_DIR: dir }, dir).sessionSecret).toBe(a.sessionSecret);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a port number/],
    [{ PORT: '70000' }, /PORT must be a port number/],
    [{ DATABASE_URL: 'mysql://x@y/z', SESSION_SECRET: secret }, /DATABASE_URL must start with postgres/],
    [{ DATABASE_URL: 'not a url', SESSION_SECRET: secret }, /DATABASE_URL must be a URL/],
    [{ DATABASE_URL: 'postgres://u@h/db' }, /SESSION_SECRET is required when DATABASE_URL is set/],
    [{ SESSION_SECRET: 'short' }, /SESSION_SECRET must be at least 32 characters/],
    [{ TRUST_PROXY: 'maybe' }, /TRUST_PROXY must be true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ PUBLIC_URL: 'care.example.org' }, /PUBLIC_URL must be the http\(s\) address/],
    [{ PUBLIC_URL: 'ftp://care.example.org' }, /PUBLIC_URL must be the http\(s\) address/],
    [{ PUBLIC_URL: 'https://care.example.org/?x=1' }, /PUBLIC_URL must be the http\(s\) address/],
  ])('stops start-up with one clear line for %p', (env, message) => {
    const dir = scratch();
    expect(() => loadConfig({ DATA_DIR: dir, ...env }, dir)).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: dir, ...env }, dir)).toThrow(message);
  });

  it('builds questionnaire links on PUBLIC_URL, or on localhost and the port when it is unset', () => {
    const dir = scratch();
    expect(loadConfig({ DATA_DIR: dir, PORT: '4100' }, dir).publicUrl).toBe('http://localhost:4100');
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://care.example.org/' }, dir).publicUrl).toBe('https://care.example.org');
    expect(loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://example.org/securebase/' }, dir).publicUrl).toBe('https://example.org/securebase');
  });

  it('reads SMTP_URL, MAIL_FROM and the retry settings, and names the variable that is wrong', () => {
    const dir = scratch();
    const c = loadConfig({ DATA_DIR: dir, PUBLIC_URL: 'https://care.example.org' }, dir);
    expect(c.mail).toEqual({
      smtpUrl: undefined,
      from: 'SecureBase <no-reply@care.example.org>',
      retryLimit: 5,
      retryDelaySeconds: 60,
      timeoutSeconds: 30,
    });
    const set = loadConfig(
      { DATA_DIR: dir, SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Harbour <care@example.org>', MAIL_RETRIES: '2' },
      dir,
    );
    expect(set.mail).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Harbour <care@example.org>', retryLimit: 2 });
    expect(() => loadConfig({ DATA_DIR: dir, SMTP_URL: 'http://mail.example.org' }, dir)).toThrow(/^SMTP_URL must/);
    expect(() => loadConfig({ DATA_DIR: dir, SMTP_URL: 'not a url' }, dir)).toThrow(/^SMTP_URL must/);
    expect(() => loadConfig({ DATA_DIR: dir, MAIL_FROM: 'nobody' }, dir)).toThrow(/^MAIL_FROM must/);
    expect(() => loadConfig({ DATA_DIR: dir, MAIL_FROM: 'a@b.org\r\nBcc: x@y.org' }, dir)).toThrow(/^MAIL_FROM must/);
    expect(() => loadConfig({ DATA_DIR: dir, MAIL_RETRY_DELAY_SECONDS: '0' }, dir)).toThrow(/^MAIL_RETRY_DELAY_SECONDS must/);
    expect(() => loadConfig({ DATA_DIR: dir, MAIL_TIMEOUT_SECONDS: 'x' }, dir)).toThrow(ConfigError);
  });

  it('accepts a full production environment', () => {
    const c = loadConfig(
      { DATABASE_URL: 'postgresql://app:pw@db:5432/securebase', SESSION_SECRET: secret, PORT: '8080', TRUST_PROXY: 'true' },
      scratch(),
    );
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgresql://app:pw@db:5432/securebase', trustProxy: true, sessionSecret: secret });
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(join(findRepoRoot(), 'docker-compose.yml'), 'utf8'));

  it('runs postgres and the app with health checks and a data volume', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'mailpit', 'postgres']);
    expect(compose.services.postgres.healthcheck.test).toBeDefined();
    expect(compose.services.app.healthcheck.test.join(' ')).toContain('/api/health');
    expect(compose.services.app.depends_on.postgres.condition).toBe('service_healthy');
    expect(compose.services.postgres.volumes[0]).toMatch(/^pgdata:/);
    expect(compose.volumes).toHaveProperty('pgdata');
  });

  it("configures the app only with settings the server's schema knows, and they validate", () => {
    const env: Record<string, string> = compose.services.app.environment;
    for (const key of Object.keys(env)) expect(CONFIG_KEYS).toContain(key);
    // Substitute ${VAR...} the way compose would, with plausible values.
    const values: Record<string, string> = { POSTGRES_PASSWORD: 'pw', SESSION_SECRET: secret };
    const substituted = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [
        k,
        String(v).replace(
          /\$\{(\w+)(?::?[-?]([^}]*))?\}/g,
          (_, name, fallback) => values[name] ?? (fallback?.startsWith('set') ? '' : (fallback ?? '')),
        ),
      ]),
    );
    const config = loadConfig(substituted, scratch());
    expect(config.databaseUrl).toBe('postgres://securebase:pw@postgres:5432/securebase');
    expect(config.port).toBe(3000);
    expect(config.mail.smtpUrl).toBe('smtp://mailpit:1025');
  });
});
