import nodemailer from 'nodemailer';
import { loadConfig } from './app/config.ts';
import { StartupError, takeOverShutdownSignals } from './app/db/embedded.ts';
import { openDatabase } from './app/db/open.ts';
import { startJobs } from './app/jobs.ts';
import { buildPlatform } from './app/server.ts';
import { createMailSender } from './modules/notification/index.ts';
import { DEMO_ACCOUNTS, demoAccountsPresent, seedDemo } from './seed/demo.ts';

const say = (msg: string) => process.stdout.write(`${msg}\n`);

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (err) {
    throw new StartupError((err as Error).message);
  }
  const database = await openDatabase(config, { log: say });
  if (process.env.NODE_ENV === 'production' && !config.seedDemo && (await demoAccountsPresent(database.db))) {
    await database.close();
    throw new StartupError(
      'NODE_ENV=production and the database holds demo accounts with the published demo password: disable or re-password them, or set SEED_DEMO=1 to run a demonstration on purpose',
    );
  }
  if (config.seedDemo) {
    const seeded = await seedDemo(database.db, { uploadDir: config.uploadDir });
    if (seeded)
      say(
        `seeded demo data: ${seeded.orgs} organisations, ${seeded.users} accounts, ${seeded.instruments ?? 0} instruments, ${seeded.bookings ?? 0} past bookings`,
      );
  }
  const { app, modules } = await buildPlatform({ config, db: database.db });
  if (config.smtpUrl) {
    const mailer = createMailSender({
      db: database.db,
      transport: nodemailer.createTransport(config.smtpUrl),
      from: config.mailFrom,
      publicUrl: config.publicUrl,
    });
    const timer = setInterval(() => {
      mailer.sendPending().catch((err) => app.log.warn({ err }, 'sending notification emails failed'));
    }, 15_000);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
    say(`notifications are also sent by email through ${new URL(config.smtpUrl).host}`);
  }
  const jobs = config.jobs ? await startJobs({ url: database.url, modules, log: say }) : null;
  const shutdown = async (signal: string) => {
    say(`${signal}: shutting down`);
    await jobs?.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  takeOverShutdownSignals();
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    await database.close();
    throw new StartupError(`cannot listen on ${config.host}:${config.port}: ${(err as Error).message}`);
  }
  const base = `http://localhost:${config.port}`;
  say(`\n长治高新区双创综合服务平台 is running at ${base}  (API docs: ${base}/api/docs)`);
  if (config.seedDemo) {
    say('Demo accounts 演示账号 (fictional data 示例数据):');
    for (const a of DEMO_ACCOUNTS) say(`  ${a.role.padEnd(11)} ${a.username.padEnd(18)} ${a.password}   ${a.label}`);
  }
}

main().catch((err) => {
  if (err instanceof StartupError) {
    process.stderr.write(`error: ${err.message}\n`);
  } else {
    process.stderr.write(`error: ${(err as Error).stack ?? err}\n`);
  }
  process.exit(1);
});
