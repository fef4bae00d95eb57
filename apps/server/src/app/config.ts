import { isIP } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PLATFORM_NAME } from '@cz/shared/common/platform';
import { z } from 'zod';
import type { Config } from '../kernel/config.ts';

export type { Config };

const bool = z
  .string()
  .optional()
  .transform((v) => v === '1' || v === 'true');

const envSchema = z.object({
  NODE_ENV: z.string().default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  UPLOAD_DIR: z.string().optional(),
  PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(20),
  REGISTER_PER_HOUR: z.coerce.number().int().min(1).default(10),
  REDIS_URL: z.string().url().optional(),
  PASSWORD_RESET_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  ALLOWED_ORIGINS: z.string().optional(),
  COOKIE_SECURE: bool,
  TRUST_PROXY: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1_048_576),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  SEED_DEMO: z.string().default('1'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default(`${PLATFORM_NAME} <noreply@localhost>`),
  PUBLIC_URL: z.string().url().optional(),
  VOUCHER_HOLD_MAX_DAYS: z.coerce.number().int().min(1).default(90),
  JOBS: z.string().default('1'),
  REGION_CODE: z
    .string()
    .regex(/^[a-z0-9-]{2,32}$/)
    .default('changzhi-hz'),
});

const root = path.resolve(import.meta.dirname, '../../../..');

/**
 * TRUST_PROXY lists the reverse proxies allowed to say who the client is: addresses or CIDR ranges, comma-separated.
 * `1`/`true` means a proxy on this host (loopback), as before; `0`/`false`/unset trusts none. Any other proxy's
 * X-Forwarded-For is ignored, so a client cannot pick its own address for rate limits and the audit log.
 */
function parseTrustProxy(value: string | undefined): string[] {
  const v = (value ?? '').trim();
  if (v === '' || v === '0' || v === 'false') return [];
  if (v === '1' || v === 'true') return ['loopback'];
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list) {
    const [address, bits] = entry.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(entry);
    if (!named && (!isIP(address ?? '') || (bits !== undefined && !/^\d{1,3}$/.test(bits))))
      throw new Error(`TRUST_PROXY: ${entry} is not an address or CIDR range (e.g. 10.0.0.5,10.1.0.0/16 or 1)`);
  }
  return list;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`configuration: ${first?.path.join('.')} ${first?.message}`);
  }
  const e = parsed.data;
  // The demo accounts' password is printed in the README: a production server must not get them by default.
  if (e.NODE_ENV === 'production' && e.SEED_DEMO !== '0' && env.SEED_DEMO !== '1')
    throw new Error(
      'NODE_ENV=production would seed demo data (accounts with a published password): set SEED_DEMO=0, or SEED_DEMO=1 to run a demonstration on purpose',
    );
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(root, e.DATA_DIR),
    uploadDir: path.resolve(root, e.UPLOAD_DIR ?? path.join(e.DATA_DIR, 'uploads')),
    pgPort: e.PG_PORT,
    session: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
      cookieSecure: e.COOKIE_SECURE,
    },
    login: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMs: e.LOGIN_LOCK_MINUTES * 60_000,
      ratePerMinute: e.LOGIN_RATE_PER_MINUTE,
      addressMaxFailures: e.LOGIN_ADDRESS_MAX_FAILURES,
      registerPerHour: e.REGISTER_PER_HOUR,
    },
    redisUrl: e.REDIS_URL,
    passwordResetMs: e.PASSWORD_RESET_HOURS * 3_600_000,
    limiterPrefix: 'cz:limit:',
    allowedOrigins: (e.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    bodyLimit: e.BODY_LIMIT_BYTES,
    uploadLimit: e.UPLOAD_LIMIT_BYTES,
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ?? path.join(root, 'apps/web/dist'),
    seedDemo: e.SEED_DEMO !== '0',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    voucherHoldMaxDays: e.VOUCHER_HOLD_MAX_DAYS,
    jobs: e.JOBS !== '0',
    regionCode: e.REGION_CODE,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
  };
}

/** Defaults for tests and tools that build the app without reading the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Tests log in and register many users from one address; the limits get their own tests with their own settings.
  const uploads = path.join(os.tmpdir(), `cz-test-uploads-${process.pid}`);
  return {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      SEED_DEMO: '0',
      LOGIN_RATE_PER_MINUTE: '100000',
      LOGIN_ADDRESS_MAX_FAILURES: '100000',
      REGISTER_PER_HOUR: '100000',
      UPLOAD_DIR: uploads,
    }),
    ...overrides,
  };
}
