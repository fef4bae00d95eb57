import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbedded } from '../src/app/db/embedded.ts';
import { migrate } from '../src/app/db/migrator.ts';
import { createPool } from '../src/kernel/db/connection.ts';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export const withDatabase = (url: string, name: string) => {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
};

/**
 * A PostgreSQL server for a test run: the one in TEST_DATABASE_URL when set, otherwise an embedded one under the
 * system temp dir (which the postgres user can always enter). Returns an admin URL and a stop function.
 */
export async function startTestServer(): Promise<{ adminUrl: string; stop: () => Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: async () => {} };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cz-test-'));
  await chmod(dir, 0o755);
  const server = await startEmbedded({ dataDir: dir, port: await freePort() });
  return { adminUrl: server.url, stop: server.stop };
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates a migrated template database; test files copy it (CREATE DATABASE … TEMPLATE), which takes milliseconds. */
export async function createTemplate(adminUrl: string): Promise<string> {
  const name = `cz_tpl_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const pool = createPool(withDatabase(adminUrl, name), 2);
  try {
    await migrate(pool);
  } finally {
    await pool.end();
  }
  return name;
}

export async function copyDatabase(adminUrl: string, template: string): Promise<string> {
  const name = `cz_t_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return name;
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
