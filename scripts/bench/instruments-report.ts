import type { CpuSplit } from './cpu.ts';
import type { LoadResult } from './load.ts';
import { fmt, type Machine, ms } from './report.ts';

export type InstrumentRow = {
  key: string;
  label: string;
  connections: number;
  app: LoadResult;
  /** The floor: one INSERT statement writing the order and the booking. */
  bare?: LoadResult;
  /** The same writes as the app, one plain statement per table in one transaction through pg. */
  bareTx?: LoadResult;
  /** CPU over the second round of each server, with the requests it answered. */
  cpu?: Record<'app' | 'bare' | 'bareTx', CpuSplit & { requests: number }>;
};
export type InstrumentFacts = {
  date: string;
  machine: Machine;
  database: string;
  dataset: string;
  settings: string;
  overlaps: number;
  plan: string;
};

const TARGETS = { availabilityP99: 20, searchP99: 50, bookingShareOfTx: 0.5, bookingP99: 300 };
const share = (a: LoadResult, b: LoadResult) => a.reqPerSec / Math.max(b.reqPerSec, 1e-9);

function line(label: string, server: string, r: LoadResult, ratios = ' | ') {
  return `| ${label} | ${server} | ${fmt(r.reqPerSec, 1)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} / ${r.non2xx} | ${ratios} |`;
}

export function instrumentsMarkdown(rows: InstrumentRow[], f: InstrumentFacts): string {
  const m = f.machine;
  const table = [
    '| scenario | server | req/s | p50 ms | p99 ms | errors / non-2xx | app ÷ bare INSERT | app ÷ bare transaction |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
    ...rows.flatMap((r) => [
      line(
        r.label,
        'app',
        r.app,
        `${r.bare ? `**${fmt(share(r.app, r.bare), 2)}**` : ''} | ${r.bareTx ? `**${fmt(share(r.app, r.bareTx), 2)}**` : ''}`,
      ),
      ...(r.bare ? [line(r.label, 'bare INSERT', r.bare)] : []),
      ...(r.bareTx ? [line(r.label, 'bare transaction', r.bareTx)] : []),
    ]),
  ].join('\n');
  // The targets speak of one request's latency: they are read at one connection; the loaded rows show capacity.
  const verdicts = rows.flatMap((r) => {
    if (r.connections !== 1) return [];
    const target = r.key.startsWith('availability')
      ? TARGETS.availabilityP99
      : r.key.startsWith('search')
        ? TARGETS.searchP99
        : null;
    return target === null
      ? []
      : [`| ${r.label}: p99 ≤ ${target} ms | ${ms(r.app.p99)} ms | ${r.app.p99 <= target ? 'pass' : '**fail**'} |`];
  });
  const booking = rows.find((r) => r.key === 'booking');
  const per = (c: CpuSplit & { requests: number }, v: number) => fmt(v / Math.max(c.requests, 1), 2);
  const cpuTable = booking?.cpu
    ? [
        '| server | server process | PostgreSQL | rest of the machine (load generator) |',
        '|---|---:|---:|---:|',
        ...(
          [
            ['app', 'app'],
            ['bare INSERT', 'bare'],
            ['bare transaction', 'bareTx'],
          ] as const
        ).map(([name, k]) => {
          const c = booking.cpu?.[k] as CpuSplit & { requests: number };
          return `| ${name} | ${per(c, c.serverMs)} | ${per(c, c.postgresMs)} | ${per(c, c.otherMs)} |`;
        }),
      ].join('\n')
    : '';
  if (booking?.bareTx) {
    const ratio = share(booking.app, booking.bareTx);
    verdicts.push(
      `| ${booking.label}: app ÷ bare transaction ≥ ${TARGETS.bookingShareOfTx} | ${fmt(ratio, 2)} | ${ratio >= TARGETS.bookingShareOfTx ? 'pass' : '**fail**'} |`,
      `| ${booking.label}: p99 ≤ ${TARGETS.bookingP99} ms (app) | ${ms(booking.app.p99)} ms | ${booking.app.p99 <= TARGETS.bookingP99 ? 'pass' : '**fail**'} |`,
    );
  }
  return `## Instruments and booking (suite \`instruments\`)

### Last run

- Date: ${f.date}
- Machine: ${m.cpus} CPU cores (${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}; load average ${fmt(m.loadBefore, 2)} at start
- Node.js ${m.node}; PostgreSQL ${m.postgres}
- Database: ${f.database}
- Data: ${f.dataset}
- Settings: ${f.settings}

### Results

${table}

${
  cpuTable
    ? `CPU per booking created over the second round (milliseconds of CPU time ÷ requests answered, read from /proc):

${cpuTable}

`
    : ''
}### Targets

| target | measured | result |
|---|---|---|
${verdicts.join('\n')}

### Interpretation

- **Availability** of one instrument for a month is three indexed queries (the instrument, its blocking bookings through
  the GiST index of the EXCLUDE constraint, its blackouts) plus the opening windows computed in memory; 200,000 past
  bookings do not slow it because the range condition \`blocked && [month)\` is answered by the index (plan below).
- **Booking creation** in the app checks the session, then in one transaction reads the instrument (FOR SHARE) with
  its listing, provider, buyer and the blackouts of the period in one statement, checks the training gate, opening
  hours, notice and horizon in memory, inserts the order and the booking (the EXCLUDE constraint refuses a taken slot
  as \`booking.slot_taken\`), and sends the order's two events, the two audit rows and the provider's notifications
  together in one statement before COMMIT (kernel/db/deferred.ts); it answers with the booking built from what it
  read and wrote — 7 statements in all (apps/server/test/round-trips.test.ts holds that budget). The instrument read,
  the two inserts and the deferred writes are plain statements whose text is built once (kernel/db/plain.ts; the audit
  rows and order events travel as one JSON parameter each): building them with the query builder for every request
  was about a quarter of the server's CPU per booking in a V8 profile (\`BENCH_CPU_PROFILE=folder\`). The CPU table above
  shows where the rest goes. The **bare INSERT** is one INSERT … RETURNING writing
  the order and the booking: a floor no real booking reaches. The **bare transaction** writes the same rows as the
  app (order, events, booking, audit rows, notifications), one plain statement per table through \`pg\`, with the
  instrument read: the target compares the app with it. ${booking?.bare && booking.bareTx ? `The app reaches ${fmt(share(booking.app, booking.bare) * 100, 0)} % of the floor and ${fmt(share(booking.app, booking.bareTx) * 100, 0)} % of the bare transaction.` : ''}
- No two stored bookings overlap after the run (checked by a self-join on the blocked ranges: ${f.overlaps} overlaps).
- The targets (availability p99 ≤ 20 ms, search p99 ≤ 50 ms) are read at one connection: the time one request takes.
  The 10- and 50-connection rows show the same requests under load: the load generator, the server and PostgreSQL share
  the machine's two cores, and in a closed loop the mean latency is about connections ÷ throughput (Little's law).

### Plan of the busy-time query (EXPLAIN ANALYZE)

\`\`\`
${f.plan}
\`\`\`

### Running it

\`\`\`sh
BENCH_SUITES=instruments npm run bench
BENCH_DURATION=3 BENCH_BOOKINGS_PER_INSTRUMENT=100 BENCH_SUITES=instruments npm run bench   # a quick run
\`\`\`
`;
}
