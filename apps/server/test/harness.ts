import { USCC_ALPHABET, withUsccCheck } from '@cz/shared';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { type Config, testConfig } from '../src/app/config.ts';
import type { PlatformModules } from '../src/app/modules.ts';
import { buildPlatform } from '../src/app/server.ts';
import { type Clock, systemClock } from '../src/kernel/clock.ts';
import { createDb, createPool, type Db } from '../src/kernel/db/connection.ts';
import { copyDatabase, dropDatabase, withDatabase } from './database.ts';

export type TestApp = {
  app: FastifyInstance;
  db: Db;
  config: Config;
  /** The modules the app was built from (their jobs, handlers and façades). */
  modules: PlatformModules;
  close: () => Promise<void>;
};

/** A fresh database copied from the migrated template, and the app built on it. Call in beforeAll. */
export async function createTestApp(opts: { config?: Partial<Config>; clock?: Clock } = {}): Promise<TestApp> {
  const adminUrl = inject('dbAdminUrl');
  const name = await copyDatabase(adminUrl, inject('dbTemplate'));
  const pool = createPool(withDatabase(adminUrl, name), 10);
  const db = createDb(pool);
  const config = testConfig(opts.config);
  const { app, modules } = await buildPlatform({ config, db, clock: opts.clock ?? systemClock });
  await app.ready();
  return {
    app,
    db,
    config,
    modules,
    close: async () => {
      await app.close();
      await pool.end();
      await dropDatabase(adminUrl, name);
    },
  };
}

let counter = 0;
/** A unique, valid USCC for each call within a test run (random prefix keeps parallel files apart). */
export function uniqueUscc(): string {
  counter++;
  let body = '';
  let v = Math.floor(Math.random() * 31 ** 5) * 1000 + counter;
  for (let i = 0; i < 9; i++) {
    body = USCC_ALPHABET[v % 31] + body;
    v = Math.floor(v / 31);
  }
  return withUsccCheck(`91140400${body}`);
}

export const uniqueName = (prefix = 'user') => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

export function cookieOf(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'cz_session');
  if (!c) throw new Error(`no session cookie; status ${res.statusCode}: ${res.body}`);
  return `cz_session=${c.value}`;
}
