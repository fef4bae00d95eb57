import { parseArgs } from 'node:util';
import { createUserBodySchema } from '@cz/shared';
import { loadConfig } from '../app/config.ts';
import { StartupError } from '../app/db/embedded.ts';
import { openDatabase } from '../app/db/open.ts';
import { systemClock } from '../kernel/clock.ts';
import { AppError } from '../kernel/errors.ts';
import { createEventBus } from '../kernel/events.ts';
import { createIdentityModule } from '../modules/identity/index.ts';
import { createOrgModule } from '../modules/org/index.ts';
import { reconcile } from '../modules/voucher/index.ts';

const USAGE = `usage: npm run admin -- <command> [options]

commands:
  create-user --username U --password P --role ROLE [--name NAME] [--department D] [--org ORG_ID]
      roles: enterprise, provider, finance (these need --org), expert, evaluator, admin, superadmin
  reconcile
      re-derive every balance of the innovation-voucher ledger from its entries; prints each difference and exits 1
      when there is any
`;

// What happens to the database (e.g. that the running server's PostgreSQL is used) goes to stderr, beside errors.
const note = (line: string) => process.stderr.write(`${line}\n`);

async function reconcileCommand(): Promise<number> {
  const database = await openDatabase(loadConfig(), { poolSize: 2, as: 'tool', log: note });
  try {
    const differences = await reconcile(database.db);
    for (const d of differences) {
      process.stdout.write(`DIFFERENCE ${d.check}: ${d.subject}: expected ${d.expected}, found ${d.actual}\n`);
    }
    process.stdout.write(
      differences.length ? `${differences.length} difference(s)\n` : 'ledger reconciled: no differences\n',
    );
    return differences.length ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'reconcile') return reconcileCommand();
  if (command !== 'create-user') {
    process.stderr.write(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      name: { type: 'string' },
      department: { type: 'string' },
      org: { type: 'string' },
    },
  });
  const input = createUserBodySchema.safeParse({
    username: values.username,
    password: values.password,
    displayName: values.name ?? values.username,
    role: values.role,
    department: values.department,
    orgId: values.org === undefined ? undefined : Number(values.org),
  });
  if (!input.success) {
    for (const issue of input.error.issues)
      process.stderr.write(`error: --${issue.path.join('.')}: ${issue.message}\n`);
    process.stderr.write(USAGE);
    return 2;
  }
  const database = await openDatabase(loadConfig(), { poolSize: 2, as: 'tool', log: note });
  try {
    const kernel = { db: database.db, clock: systemClock, config: loadConfig(), events: createEventBus() };
    const identity = createIdentityModule(kernel, { org: createOrgModule(kernel).api });
    const user = await identity.api.createUser(input.data);
    process.stdout.write(`created user ${user.username} (id ${user.id}, role ${user.role})\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const message =
      err instanceof AppError || err instanceof StartupError ? err.message : ((err as Error).stack ?? String(err));
    process.stderr.write(`error: ${message}\n`);
    process.exit(1);
  },
);
