import { Redis } from 'ioredis';
import type { Config } from '../../kernel/config.ts';
import { identityErrors } from './identity.errors.ts';

/**
 * Counters of attempts per key over a fixed window that starts with the key's first hit. The memory store counts in
 * this process; the Redis store (`REDIS_URL`) counts once for every instance.
 */
export interface CounterStore {
  /** Adds one to `key` and returns its count in the current window (the window starts at the first hit). */
  hit(key: string, windowMs: number): Promise<number>;
  /** The count of `key` in its current window, 0 when none. */
  count(key: string): Promise<number>;
  /** Connects to the shared store, where there is one (before the server listens). */
  connect?: () => Promise<void>;
  close(): Promise<void>;
}

export function memoryStore(now: () => Date): CounterStore {
  const counters = new Map<string, { n: number; until: number }>();
  const live = (key: string, t: number) => {
    const c = counters.get(key);
    return c && c.until > t ? c : undefined;
  };
  return {
    async hit(key, windowMs) {
      const t = now().getTime();
      const c = live(key, t) ?? { n: 0, until: t + windowMs };
      c.n++;
      counters.set(key, c);
      if (counters.size > 100_000) for (const [k, v] of counters) if (v.until <= t) counters.delete(k);
      return c.n;
    },
    async count(key) {
      return live(key, now().getTime())?.n ?? 0;
    },
    async close() {},
  };
}

/**
 * The limits in front of the account lock (which lives in the users row): attempts per address per minute, wrong
 * passwords per address within the lock period (so that one address cannot lock many accounts), registrations per
 * address per hour.
 */
export function createLimits(store: CounterStore, login: Config['login']) {
  const LOCK_WINDOW = login.lockMs;
  return {
    store,
    /** Counts a login attempt of `address`; refuses when it is over its allowance or has failed too often. */
    async loginAttempt(address: string) {
      if ((await store.count(`fail:${address}`)) >= login.addressMaxFailures) throw identityErrors.rateLimited();
      if ((await store.hit(`login:${address}`, 60_000)) > login.ratePerMinute) throw identityErrors.rateLimited();
    },
    /** A wrong password from `address`, for whichever account. */
    async failure(address: string) {
      await store.hit(`fail:${address}`, LOCK_WINDOW);
    },
    async registration(address: string) {
      if ((await store.hit(`register:${address}`, 3_600_000)) > login.registerPerHour)
        throw identityErrors.registerRateLimited();
    },
  };
}
export type Limits = ReturnType<typeof createLimits>;

// One round trip, atomic: the count and the window's expiry are set together, so that no key lives forever.
const HIT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/**
 * Counters in Redis, shared by every instance (`REDIS_URL`). When Redis cannot be reached, each call counts in this
 * instance's memory instead (and `onError` is told): logins stay possible, the limits hold per instance, and the
 * account lock, which is in PostgreSQL, holds as ever.
 */
export function redisStore(
  url: string,
  { prefix, now, onError }: { prefix: string; now: () => Date; onError: (err: unknown) => void },
): CounterStore {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
  });
  redis.on('error', () => {}); // reported by the calls that fail; reconnection goes on by itself
  const fallback = memoryStore(now);
  const guarded = async <T>(call: () => Promise<T>, otherwise: () => Promise<T>) => {
    try {
      return await call();
    } catch (err) {
      onError(err);
      return otherwise();
    }
  };
  return {
    async connect() {
      await redis.connect().catch(onError);
    },
    hit: (key, windowMs) =>
      guarded(
        async () => Number(await redis.eval(HIT, 1, prefix + key, windowMs)),
        () => fallback.hit(key, windowMs),
      ),
    count: (key) =>
      guarded(
        async () => Number((await redis.get(prefix + key)) ?? 0),
        () => fallback.count(key),
      ),
    async close() {
      redis.disconnect();
    },
  };
}
