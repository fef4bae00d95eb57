/**
 * Per-address login attempt counter over a sliding minute, in process memory. Account locking after repeated
 * failures lives in the database (users.failed_logins, users.locked_until), so it holds across instances;
 * this limiter only slows one address hammering one instance.
 */
export function createLoginLimiter({ perMinute, now }: { perMinute: number; now: () => Date }) {
  const hits = new Map<string, number[]>();
  return {
    /** Records an attempt; false when the address is over its allowance. */
    allow(key: string): boolean {
      const t = now().getTime();
      const recent = (hits.get(key) ?? []).filter((h) => t - h < 60_000);
      if (recent.length >= perMinute) {
        hits.set(key, recent);
        return false;
      }
      recent.push(t);
      hits.set(key, recent);
      if (hits.size > 50_000) {
        for (const [k, v] of hits) if (v.every((h) => t - h >= 60_000)) hits.delete(k);
      }
      return true;
    },
  };
}
