import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PERFORMANCE_FILE = path.resolve(import.meta.dirname, '../../docs/PERFORMANCE.md');

const HEADER = `# Performance

Written by \`npm run bench\` (scripts/bench/): each section by the last run of its suite, with the settings it lists;
rerun a suite to refresh its section (\`BENCH_SUITES=registry\` or \`BENCH_SUITES=instruments\`). No number here is typed
by hand.
`;

/** Replaces the section of one suite in docs/PERFORMANCE.md (between its markers), keeping the other suites' sections. */
export async function writeSection(suite: string, body: string): Promise<string> {
  const start = `<!-- bench:${suite} -->`;
  const end = `<!-- /bench:${suite} -->`;
  const current = await readFile(PERFORMANCE_FILE, 'utf8').catch(() => '');
  const block = `${start}\n\n${body.trim()}\n\n${end}`;
  let next: string;
  if (current.includes(start) && current.includes(end)) {
    next = current.slice(0, current.indexOf(start)) + block + current.slice(current.indexOf(end) + end.length);
  } else if (current.includes('<!-- bench:')) {
    next = `${current.trimEnd()}\n\n${block}\n`;
  } else {
    next = `${HEADER}\n${block}\n`;
  }
  await writeFile(PERFORMANCE_FILE, next);
  return PERFORMANCE_FILE;
}
