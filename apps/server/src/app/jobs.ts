import { PgBoss } from 'pg-boss';
import type { Clock } from '../kernel/clock.ts';
import type { Db } from '../kernel/db/connection.ts';
import { expireVouchers, releaseStaleHolds } from '../modules/voucher/voucher.jobs.ts';
import type { Config } from './config.ts';

/**
 * Scheduled work on pg-boss (PostgreSQL-backed): every instance may run it; pg-boss hands each scheduled run to one
 * worker, and the jobs themselves are idempotent.
 */
export async function startJobs({
  url,
  db,
  config,
  clock,
  log,
}: {
  url: string;
  db: Db;
  config: Config;
  clock: Clock;
  log: (msg: string) => void;
}) {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  boss.on('error', (err: Error) => log(`jobs: ${err.message}`));
  await boss.start();
  const jobs: [string, string, () => Promise<number>][] = [
    ['voucher-expiry', '*/10 * * * *', () => expireVouchers(db, clock.now())],
    ['voucher-hold-release', '17 * * * *', () => releaseStaleHolds(db, clock.now(), config.voucherHoldMaxDays)],
  ];
  for (const [name, cron, run] of jobs) {
    await boss.createQueue(name);
    await boss.schedule(name, cron, null, { tz: 'Asia/Shanghai' });
    await boss.work(name, async () => {
      // Each run drains in batches until nothing is left.
      while ((await run()) > 0);
    });
  }
  return {
    /** Queues a run of a job now (the schedule also runs it). */
    runNow: (name: 'voucher-expiry' | 'voucher-hold-release') => boss.send(name),
    stop: () => boss.stop({ graceful: true }),
  };
}
