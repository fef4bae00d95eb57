// The server outlives its PostgreSQL: when the postmaster is killed (SIGKILL, all backends gone at once) every request
// still gets an answer (503 db.unavailable while the database is away), the Node process stays up, and once
// PostgreSQL is back on the same data directory the server serves reads and writes again without a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbedded } from '../src/app/db/embedded.ts';
import { migrate } from '../src/app/db/migrator.ts';
import { createPool } from '../src/kernel/db/connection.ts';
import { freePort } from './database.ts';
import { uniqueName, uniqueUscc } from './harness.ts';
import {
  alive,
  type Child,
  cleanup,
  postmasterPid,
  startServer,
  tempDataDir,
  waitHealthy,
  waitUntil,
} from './processes.ts';

// One data directory, initialised and migrated once, serves both cases in turn (initdb and migrations are the slow
// part on a busy machine).
let dir: string;
beforeAll(async () => {
  dir = await tempDataDir('pgloss');
  const pg = await startEmbedded({ dataDir: dir, port: await freePort() });
  const pool = createPool(pg.url, 1);
  await migrate(pool).finally(() => pool.end());
  await pg.stop();
});
afterAll(cleanup);

type Answer = { path: string; status: number; body: string } | { path: string; error: string };

/** Keeps `workers` requests in flight until stop() is called; every outcome is recorded. */
function load(base: string, workers: number) {
  const answers: Answer[] = [];
  let running = true;
  const paths = ['/api/v1/orgs?pageSize=20', '/api/health', '/api/v1/services', '/api/v1/auth/me'];
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      const p = paths[(w + i) % paths.length] as string;
      try {
        const res = await fetch(base + p, { signal: AbortSignal.timeout(15_000) });
        answers.push({ path: p, status: res.status, body: await res.text() });
      } catch (err) {
        answers.push({ path: p, error: String((err as Error).cause ?? err) });
      }
    }
  });
  return {
    answers,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return answers;
    },
  };
}

function checkAnswer(a: Answer) {
  expect('error' in a ? a : 'answered', `no answer for ${a.path}`).toBe('answered');
  if ('error' in a) return;
  if (a.status === 503) {
    const body = JSON.parse(a.body);
    if (a.path === '/api/health') expect(body).toMatchObject({ status: 'degraded', database: 'down' });
    else expect(body.error.code, a.body).toBe('db.unavailable');
  } else {
    // 401 is /auth/me's answer to an anonymous caller; 404 would be a route that does not exist.
    expect([200, 401], `${a.path}: ${a.body}`).toContain(a.status);
  }
}

/** Kills the postmaster under load, waits `restore()` back, and checks every answer and the server's recovery. */
async function killUnderLoad(base: string, server: Child, dataDir: string, restore: () => Promise<void>) {
  const pid = postmasterPid(dataDir);
  expect(pid).not.toBeNull();
  const traffic = load(base, 8);
  await new Promise((r) => setTimeout(r, 500));
  process.kill(pid as number, 'SIGKILL');
  await waitUntil('the postmaster is gone', () => !alive(pid as number));

  // A while without a database: the requests keep coming and must all be answered.
  const down = await fetch(`${base}/api/v1/orgs`);
  expect(down.status).toBe(503);
  expect((await down.json()).error.code).toBe('db.unavailable');
  await new Promise((r) => setTimeout(r, 1000));
  expect(server.proc.exitCode).toBeNull();

  await restore();
  await waitHealthy(base, server, 20_000);
  const answers = await traffic.stop();
  expect(answers.length).toBeGreaterThan(50);
  for (const a of answers) checkAnswer(a);
  expect(answers.some((a) => 'status' in a && a.status === 503)).toBe(true);
  expect(server.proc.exitCode).toBeNull();

  // Reads and writes work again on the same server process.
  expect((await fetch(`${base}/api/v1/orgs`)).status).toBe(200);
  const register = await fetch(`${base}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: uniqueName('back'),
      password: 'Quiet-Harbour-Lamp-42',
      displayName: '示例用户',
      org: { name: `示例恢复企业${uniqueName('')}`, uscc: uniqueUscc(), industry: 'C', industryChain: 'photovoltaic' },
    }),
  });
  expect(register.status, await register.clone().text()).toBe(201);
  expect(server.output()).not.toMatch(/uncaught|unhandled/i);
}

describe('the postmaster of an external PostgreSQL (DATABASE_URL) killed under load', () => {
  it('answers every request while PostgreSQL is gone and recovers by itself when it is back', async () => {
    const pgPort = await freePort();
    const { url } = await startEmbedded({ dataDir: dir, port: pgPort });
    let again: { stop: () => Promise<void> } | undefined;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    // pg-boss runs too (JOBS=1): its own pool loses the database as well.
    const server = startServer({ DATABASE_URL: url, PORT: String(port), JOBS: '1' });
    await waitHealthy(base, server);
    try {
      await killUnderLoad(base, server, dir, async () => {
        // PostgreSQL comes back on the same data directory and port (its backends may take a moment to notice the
        // postmaster's death and release the shared memory).
        for (let attempt = 0; ; attempt++) {
          try {
            again = await startEmbedded({ dataDir: dir, port: pgPort });
            return;
          } catch (err) {
            if (attempt >= 20) throw err;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      });
      // The server shuts down gracefully on SIGTERM (before, the library's handler exited 143 at once).
      server.proc.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    } finally {
      await again?.stop();
    }
  }, 60_000);
});

describe('the postmaster of the embedded PostgreSQL killed under load', () => {
  it('answers every request meanwhile, starts its PostgreSQL again, and leaves one that was shut down cleanly stopped, and still shuts down', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = startServer({ DATA_DIR: dir, PG_PORT: String(await freePort()), PORT: String(port), JOBS: '1' });
    await waitHealthy(base, server);
    await killUnderLoad(base, server, dir, async () => {});
    expect(server.output()).toMatch(/embedded PostgreSQL ended .*starting it again/);
    const restarted = postmasterPid(dir) as number;
    // A clean shutdown of PostgreSQL (exit code 0: SIGINT, as a Ctrl-C on `npm start` sends the whole process group)
    // is one that was asked for: the server leaves it stopped and answers 503 meanwhile.
    process.kill(restarted, 'SIGINT');
    await waitUntil('PostgreSQL has stopped', () => !alive(restarted));
    await new Promise((r) => setTimeout(r, 1500));
    expect(postmasterPid(dir)).toBeNull();
    expect((await fetch(`${base}/api/health`)).status).toBe(503);
    expect(server.output().match(/starting it again/g)).toHaveLength(1);
    // Its shutdown then finds a PostgreSQL that already ended: before, it waited forever for that exit.
    server.proc.kill('SIGINT');
    expect(await server.exited, server.output()).toBe(0);
    expect(postmasterPid(dir)).toBeNull();
  }, 90_000);
});
