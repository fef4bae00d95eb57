import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the embedded PostgreSQL wrapper', () => {
  it('leaves the exit code of the process that loads it alone (a failing test run must not exit 0)', () => {
    const embedded = path.join(import.meta.dirname, 'embedded.ts');
    const res = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `await import(${JSON.stringify(embedded)}); process.exitCode = 3;`],
      { encoding: 'utf8', timeout: 20_000 },
    );
    expect(res.stderr).toBe('');
    expect(res.status).toBe(3);
  });
});
