import { describe, expect, it } from 'vitest';
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
