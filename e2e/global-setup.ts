import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  copyDatabase,
  createTemplate,
  dropDatabase,
  freePort,
  startTestServer,
  withDatabase,
} from '../apps/server/test/database.ts';
import { ensureWebBuild } from '../scripts/web-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's database, for a test that must move a date the server's clock cannot (a notice period). */
    databaseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, '..');

/** Builds the web app, starts the real server (as `npm start` does, on a fresh database with the demo data). */
export default async function setup(project: TestProject) {
  ensureWebBuild();
  const db = await startTestServer();
  const template = await createTemplate(db.adminUrl);
  const name = await copyDatabase(db.adminUrl, template);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: withDatabase(db.adminUrl, name),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited during start:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', withDatabase(db.adminUrl, name));
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await dropDatabase(db.adminUrl, name).catch(() => {});
    await dropDatabase(db.adminUrl, template).catch(() => {});
    await db.stop();
  };
}
