import { loadConfig } from '../app/config.ts';
import { openDatabase } from '../app/db/open.ts';

// openDatabase applies pending migrations under the advisory lock; this command does only that.
const database = await openDatabase(loadConfig(), {
  poolSize: 2,
  as: 'tool',
  log: (m) => process.stdout.write(`${m}\n`),
}).catch((err: Error) => {
  process.stderr.write(`error: ${err.message}\n`);
  process.exit(1);
});
process.stdout.write('database is up to date\n');
await database.close();
