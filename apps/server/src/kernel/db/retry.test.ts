import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/harness.ts';
import { retryOnce } from './retry.ts';

const pgFailure = (code: string) => Object.assign(new Error('Failed query'), { cause: { code } });

describe('retrying a transaction once', () => {
  it('runs again after a deadlock or a serialization failure, and returns the second answer', async () => {
    for (const code of ['40P01', '40001']) {
      let calls = 0;
      const result = await retryOnce(async () => {
        calls++;
        if (calls === 1) throw pgFailure(code);
        return 'done';
      });
      expect([result, calls]).toEqual(['done', 2]);
    }
  });

  it('gives the caller the second failure, and never retries other errors', async () => {
    let calls = 0;
    await expect(
      retryOnce(async () => {
        calls++;
        throw pgFailure('40P01');
      }),
    ).rejects.toThrow('Failed query');
    expect(calls).toBe(2);
    calls = 0;
    await expect(
      retryOnce(async () => {
        calls++;
        throw pgFailure('23505');
      }),
    ).rejects.toThrow();
    expect(calls).toBe(1);
  });
});

describe("the app's transactions", () => {
  it('run once more from the start when PostgreSQL aborts one for a serialization failure, and roll back the first try', async () => {
    const t = await createTestApp();
    try {
      // A pool has several connections: a plain table (the test's database is its own), not a temporary one.
      await t.db.execute(sql`DROP TABLE IF EXISTS retry_probe_rows; CREATE TABLE retry_probe_rows (attempt int)`);
      let attempts = 0;
      const answer = await t.db.transaction(async (tx) => {
        attempts++;
        await tx.execute(sql`INSERT INTO retry_probe_rows VALUES (${attempts})`);
        if (attempts === 1)
          await tx.execute(sql.raw(`DO $$ BEGIN RAISE EXCEPTION 'probe' USING ERRCODE = '40001'; END $$`));
        return attempts;
      });
      expect(answer).toBe(2);
      const { rows } = await t.db.execute(sql`SELECT attempt FROM retry_probe_rows`);
      expect(rows).toEqual([{ attempt: 2 }]);
      // Any other failure is the caller's at once.
      attempts = 0;
      await expect(
        t.db.transaction(async (tx) => {
          attempts++;
          await tx.execute(sql.raw(`DO $$ BEGIN RAISE EXCEPTION 'probe' USING ERRCODE = '23514'; END $$`));
        }),
      ).rejects.toThrow();
      expect(attempts).toBe(1);
    } finally {
      await t.close();
    }
  });
});
