import { readFileSync } from 'node:fs';
import { beforeEach } from 'vitest';
import { serverLog } from './helpers.ts';

/**
 * The first failed test of a file prints the last lines of its server's log (the requests just before the failure,
 * with their status and time), so that a failure on a CI machine can be read without the machine. Later failures of
 * the file mostly follow from the first and print nothing.
 */
let printed = false;
const LINES = 40;

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => {
    if (printed) return;
    printed = true;
    let text = '';
    try {
      text = readFileSync(serverLog(), 'utf8');
    } catch {
      return;
    }
    const tail = text
      .trimEnd()
      .split('\n')
      .slice(-LINES)
      .map((l) => (l.length > 400 ? `${l.slice(0, 400)}…` : l));
    process.stdout.write(`\n--- the last ${tail.length} lines of ${serverLog()} ---\n${tail.join('\n')}\n---\n`);
  });
});
