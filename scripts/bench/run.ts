// npm run bench: each suite in its own process (each starts and stops its own database), in order.
// BENCH_SUITES=registry,instruments picks suites; see docs/PERFORMANCE.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const SUITES = ['registry', 'instruments', 'vouchers', 'cultivation', 'policy', 'policy-items', 'market', 'finance'];
const chosen = (process.env.BENCH_SUITES ?? SUITES.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = chosen.filter((s) => !SUITES.includes(s));
if (unknown.length) {
  process.stderr.write(`unknown suite(s): ${unknown.join(', ')}; choose from ${SUITES.join(', ')}\n`);
  process.exit(2);
}
for (const suite of chosen) {
  process.stderr.write(`[bench] suite ${suite}\n`);
  const res = spawnSync(process.execPath, [path.join(import.meta.dirname, `${suite}.ts`)], { stdio: 'inherit' });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
