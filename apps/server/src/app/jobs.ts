import { PgBoss } from 'pg-boss';
import type { JobDefinition } from '../kernel/module.ts';

/**
 * Scheduled work on pg-boss (PostgreSQL-backed), collected from the modules: every instance may run it; pg-boss hands
 * each scheduled run to one worker, and the jobs themselves are idempotent.
 */
export async function startJobs({
  url,
  modules,
  log,
}: {
  url: string;
  modules: { jobs?: JobDefinition[] }[];
  log: (msg: string) => void;
}) {
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss' });
  boss.on('error', (err: Error) => log(`jobs: ${err.message}`));
  await boss.start();
  const jobs = modules.flatMap((m) => m.jobs ?? []);
  const names = new Set<string>();
  for (const job of jobs) {
    if (names.has(job.name)) throw new Error(`job ${job.name} is defined twice`);
    names.add(job.name);
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, null, { tz: 'Asia/Shanghai' });
    await boss.work(job.name, async () => {
      // Each run drains in batches until nothing is left.
      while ((await job.run()) > 0);
    });
  }
  return {
    /** The names of the scheduled jobs. */
    names: [...names],
    /** Queues a run of a job now (the schedule also runs it). */
    runNow: (name: string) => {
      if (!names.has(name)) throw new Error(`no job ${name}`);
      return boss.send(name);
    },
    stop: () => boss.stop({ graceful: true }),
  };
}
