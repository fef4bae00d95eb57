import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import os from 'node:os';
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
    /** One server per e2e worker (helpers.ts picks the worker's). */
    baseUrls: string[];
    /** Their databases, for a test that must move a date the server's clock cannot (a notice period). */
    databaseUrls: string[];
    /** Their log files: a failed test prints the tail of its server's (e2e/failure-log.ts). */
    serverLogs: string[];
  }
}

const root = path.resolve(import.meta.dirname, '..');
/** As many servers as e2e workers (vitest.config.ts). */
export const E2E_WORKERS = 2;

type Running = {
  child: ChildProcess;
  baseUrl: string;
  databaseUrl: string;
  name: string;
  log: WriteStream;
  logFile: string;
};

/** The real server as `npm start` runs it, on a fresh copy of the migrated database, seeding the demo data. */
async function startServer(adminUrl: string, template: string): Promise<Running> {
  const name = await copyDatabase(adminUrl, template);
  const databaseUrl = withDatabase(adminUrl, name);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'apps/server/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SEED_DEMO: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The server's log (a line per request) goes to a file, for reading after a failed run; its start, here too.
  const logFile = path.join(os.tmpdir(), `cz-e2e-server-${port}.log`);
  const log = createWriteStream(logFile);
  process.stdout.write(`e2e server log: ${logFile}\n`);
  let output = '';
  const keep = (d: Buffer) => {
    log.write(d);
    if (output.length < 20_000) output += d;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited during start:\n${output}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, baseUrl, databaseUrl, name, log, logFile };
}

/** Builds the web app and starts one server per worker, each on its own database with the demo data. */
export default async function setup(project: TestProject) {
  ensureWebBuild();
  const db = await startTestServer();
  const template = await createTemplate(db.adminUrl);
  const servers = await Promise.all(Array.from({ length: E2E_WORKERS }, () => startServer(db.adminUrl, template)));
  project.provide(
    'baseUrls',
    servers.map((s) => s.baseUrl),
  );
  project.provide(
    'databaseUrls',
    servers.map((s) => s.databaseUrl),
  );
  project.provide(
    'serverLogs',
    servers.map((s) => s.logFile),
  );
  return async () => {
    await Promise.all(
      servers.map(async (s) => {
        s.child.kill('SIGTERM');
        if (s.child.exitCode === null) await new Promise((r) => s.child.once('exit', r));
        s.log.end();
        await dropDatabase(db.adminUrl, s.name).catch(() => {});
      }),
    );
    await dropDatabase(db.adminUrl, template).catch(() => {});
    await db.stop();
  };
}
