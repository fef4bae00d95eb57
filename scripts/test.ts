// `npm test`: type-check, lint, unit and integration tests, then end-to-end tests in Chromium when it is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureWebBuild } from './web-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// What end-to-end tests noted without failing (e2e/helpers.ts#noteForRun), printed at the end of the run.
const notes = path.join(os.tmpdir(), `cz-e2e-notes-${process.pid}.txt`);
function printNotes() {
  if (!existsSync(notes)) return;
  process.stdout.write(`\n▶ notes of the end-to-end tests\n${readFileSync(notes, 'utf8')}`);
  rmSync(notes, { force: true });
}

function step(title: string, cmd: string, args: string[]): void {
  process.stdout.write(`\n▶ ${title}\n`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_NOTES_FILE: notes } });
  printNotes();
  if (res.status !== 0) {
    process.stderr.write(`✗ ${title} failed\n`);
    process.exit(res.status ?? 1);
  }
}

step('type-check (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
step('type-check web (tsc)', 'npx', ['tsc', '-p', 'apps/web/tsconfig.json', '--noEmit']);
step('lint (biome)', 'npx', ['biome', 'check', '.']);
step('unit and integration tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--project',
  'shared',
  '--project',
  'web',
  '--project',
  'server',
]);
if (existsSync(chromium)) {
  ensureWebBuild();
  // The page walk (e2e/pages-*.test.ts: axe, titles, tables and the phone layout of every main page) checks the web
  // app, whatever PostgreSQL serves its data; E2E_PAGE_WALK=0 leaves it out of a run that repeats the suite against
  // another database server (the second pass of .ci/run), so that CI stays within its time.
  const walk = process.env.E2E_PAGE_WALK !== '0';
  step(
    `end-to-end tests in Chromium (vitest + playwright-core)${walk ? '' : ', without the page walk (E2E_PAGE_WALK=0)'}`,
    'npx',
    ['vitest', 'run', '--project', 'e2e', ...(walk ? [] : ['--exclude', 'e2e/pages-*.test.ts'])],
  );
} else {
  process.stdout.write(
    `\n(skipping end-to-end tests: no Chromium at ${chromium}; install it with apt-get install chromium)\n`,
  );
}
process.stdout.write('\nall checks passed\n');
