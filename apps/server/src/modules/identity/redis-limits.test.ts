import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, uniqueName, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

// The Redis server of the test machine; each test file's keys carry their own prefix, removed afterwards.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `cz-test:${randomBytes(6).toString('hex')}:`;
const login = { maxFailures: 100, lockMs: 15 * 60_000, ratePerMinute: 3, addressMaxFailures: 5, registerPerHour: 2 };
const redis = new Redis(REDIS_URL, { lazyConnect: true });

let a: TestApp;
let b: TestApp;
beforeAll(async () => {
  await redis.connect();
  // Two instances, one Redis: what one counts, the other sees.
  const [x, y] = await Promise.all(
    [0, 1].map(() =>
      createTestApp({ config: { redisUrl: REDIS_URL, limiterPrefix: prefix, trustProxy: ['127.0.0.1'], login } }),
    ),
  );
  if (!x || !y) throw new Error('no test apps');
  [a, b] = [x, y];
});
afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const tryLogin = (t: TestApp, address: string) =>
  client(t).post('/api/v1/auth/login', { username: uniqueName('nobody'), password: 'wrong-pass' }, from(address));

describe('limits shared through Redis', () => {
  it('counts the login attempts of one address across both instances', async () => {
    const codes = [];
    for (const t of [a, b, a, b]) codes.push((await tryLogin(t, '203.0.113.10')).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    // Counters expire with their window: none is left without a time to live.
    const keys = await redis.keys(`${prefix}*203.0.113.10`);
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) expect(await redis.pttl(k)).toBeGreaterThan(0);
  });

  it('counts the wrong passwords of one address across both instances', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) {
      const address = '203.0.113.11';
      // Within the per-minute allowance on each instance, but not within the failure allowance of both together.
      codes.push((await tryLogin(i % 2 ? b : a, address)).statusCode);
      if (i === 1 || i === 3) await redis.del(`${prefix}login:${address}`);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('counts registrations of one address across both instances', async () => {
    const body = () => ({
      username: uniqueName('ent'),
      password: 'Register-Passphrase-1',
      displayName: '示例用户',
      org: {
        name: `示例共享限流企业${uniqueName('')}`,
        uscc: uniqueUscc(),
        industry: 'C',
        industryChain: 'photovoltaic',
      },
    });
    const codes = [];
    for (const t of [a, b, a])
      codes.push((await client(t).post('/api/v1/auth/register', body(), from('203.0.113.12'))).statusCode);
    expect(codes).toEqual([201, 201, 429]);
  });
});

describe('when Redis cannot be reached', () => {
  it('still answers logins and limits each instance on its own', async () => {
    const down = await createTestApp({
      config: { redisUrl: 'redis://127.0.0.1:1', limiterPrefix: prefix, trustProxy: ['127.0.0.1'], login },
    });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push((await tryLogin(down, '203.0.113.13')).statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await down.close();
    }
  });
});
