import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../app/db/open.ts';
import { seedDemo } from '../seed/demo.ts';

const config = loadConfig();
const database = await openDatabase(config, {
  poolSize: 2,
  as: 'tool',
  log: (m) => process.stderr.write(`${m}\n`),
}).catch((err: Error) => {
  process.stderr.write(`error: ${err.message}\n`);
  process.exit(1);
});
try {
  const seeded = await seedDemo(database.db, { uploadDir: config.uploadDir });
  process.stdout.write(
    seeded
      ? `seeded ${seeded.orgs} organisations and ${seeded.users} accounts\n`
      : 'the database already has users; nothing seeded\n',
  );
} finally {
  await database.close();
}
