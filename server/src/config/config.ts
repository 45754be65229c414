import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Everything the server reads from its environment, validated once at boot. */
export interface AppConfig {
  port: number;
  /** Unset: the server runs its own embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPostgresPort: number;
  sessionSecret: string;
  /** Express `trust proxy`: set when TLS ends at a proxy in front of the app. */
  trustProxy: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  /** Seed the demo practice even on a DATABASE_URL database (never implied). */
  seedDemo: boolean;
  /** The address clients open, the base of every questionnaire link; never taken from a request's Host header. */
  publicUrl: string;
  /** Email delivery of scheduled questionnaires (SMTP_URL unset: links are made, not emailed). */
  mail: { smtpUrl?: string; from: string; retryLimit: number; retryDelaySeconds: number; timeoutSeconds: number };
  /** Directory of the built SPA; absent in API-only runs. */
  clientDir?: string;
}

export class ConfigError extends Error {}

/** Every environment variable the server reads; anything else in its environment is ignored. */
export const CONFIG_KEYS = [
  'PORT',
  'DATABASE_URL',
  'DATA_DIR',
  'EMBEDDED_PG_PORT',
  'SESSION_SECRET',
  'TRUST_PROXY',
  'LOG_LEVEL',
  'SEED_DEMO',
  'PUBLIC_URL',
  'SMTP_URL',
  'MAIL_FROM',
  'MAIL_RETRIES',
  'MAIL_RETRY_DELAY_SECONDS',
  'MAIL_TIMEOUT_SECONDS',
] as const;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

function parsePort(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
  }
  return n;
}

function parseBool(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '') return false;
  if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false (got "${raw}")`);
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL like postgres://user@host:5432/dbname');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must start with postgres:// (got "${url.protocol}//")`);
  }
  return raw;
}

/** The base of questionnaire links: an http(s) origin, optionally with a path, without a trailing slash. */
export function parsePublicUrl(raw: string | undefined, port: number): string {
  if (raw === undefined || raw === '') return `http://localhost:${port}`;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new ConfigError(`PUBLIC_URL must be the http(s) address clients open, like https://care.example.org (got "${raw}")`);
  }
  return url.toString().replace(/\/+$/, '');
}

function parseIntIn(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** The SMTP server scheduled questionnaires are emailed through: smtp:// or smtps://, with a host. */
export function parseSmtpUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || !url.hostname) {
    throw new ConfigError('SMTP_URL must look like smtp://user:pass@mail.example.org:587 (or smtps://)');
  }
  return raw;
}

/** The sender of questionnaire emails: an address, optionally with a name ("Practice <care@example.org>"). */
export function parseMailFrom(raw: string | undefined, publicUrl: string): string {
  if (raw === undefined || raw === '') return `SecureBase <no-reply@${new URL(publicUrl).hostname}>`;
  if (!/^([^<>@\r\n]*<)?[^\s<>@]+@[^\s<>@]+\.?[^\s<>@]*>?$/.test(raw.trim()) || /[\r\n]/.test(raw)) {
    throw new ConfigError(`MAIL_FROM must be an email address, like "Practice <care@example.org>" (got "${raw}")`);
  }
  return raw.trim();
}

/** A secret that survives restarts of a local, embedded-database install. */
function localSessionSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The repository root (the folder whose package.json declares the workspaces), from source or from dist. */
export function findRepoRoot(from = __dirname): string {
  let dir = from;
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).workspaces) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, repoRoot = findRepoRoot()): AppConfig {
  const databaseUrl = parseDatabaseUrl(env.DATABASE_URL);
  const dataDir = resolve(repoRoot, env.DATA_DIR || '.data');
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.LOG_LEVEL}")`);
  }
  let sessionSecret = env.SESSION_SECRET;
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be at least 32 characters');
  }
  if (!sessionSecret) {
    if (databaseUrl) throw new ConfigError('SESSION_SECRET is required when DATABASE_URL is set');
    sessionSecret = localSessionSecret(dataDir);
  }
  const port = parsePort('PORT', env.PORT, 3000);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, port);
  return {
    port,
    databaseUrl,
    dataDir,
    embeddedPostgresPort: parsePort('EMBEDDED_PG_PORT', env.EMBEDDED_PG_PORT, 54329),
    sessionSecret,
    trustProxy: parseBool('TRUST_PROXY', env.TRUST_PROXY),
    logLevel,
    seedDemo: parseBool('SEED_DEMO', env.SEED_DEMO),
    publicUrl,
    mail: {
      smtpUrl: parseSmtpUrl(env.SMTP_URL),
      from: parseMailFrom(env.MAIL_FROM, publicUrl),
      retryLimit: parseIntIn('MAIL_RETRIES', env.MAIL_RETRIES, 5, 0, 20),
      retryDelaySeconds: parseIntIn('MAIL_RETRY_DELAY_SECONDS', env.MAIL_RETRY_DELAY_SECONDS, 60, 1, 3600),
      timeoutSeconds: parseIntIn('MAIL_TIMEOUT_SECONDS', env.MAIL_TIMEOUT_SECONDS, 30, 1, 300),
    },
    clientDir: resolve(repoRoot, 'client/dist'),
  };
}
