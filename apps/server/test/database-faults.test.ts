// The server stays up when PostgreSQL drops its connections: requests in flight get an answer (503 with a code while
// the database is away), and the next ones work again without a restart.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery } from './database.ts';
import { adminCookie } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

describe('a database connection that drops', () => {
  it('answers every request during the drop and serves the next ones', async () => {
    const { rows } = await t.db.execute(sql`SELECT current_database() AS name`);
    const name = String(rows[0]?.name);
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? api.get('/api/v1/orgs?pageSize=50') : api.get('/api/v1/audit?pageSize=50', { as: admin }),
    );
    // Every backend of the app's database is terminated while those requests run (57P01 on their connections).
    const kill = adminQuery(
      inject('dbAdminUrl'),
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
    );
    const [answers] = await Promise.all([Promise.all(inFlight), kill]);
    for (const r of answers) {
      expect([200, 503], r.body).toContain(r.statusCode);
      if (r.statusCode === 503) expect(r.json().error.code).toBe('db.unavailable');
    }
    // An idle connection that was cut is replaced; the app answers as before.
    for (let i = 0; i < 5; i++) expect((await api.get('/api/v1/orgs')).statusCode).toBe(200);
    expect((await api.get('/api/health')).statusCode).toBe(200);
  });
});
