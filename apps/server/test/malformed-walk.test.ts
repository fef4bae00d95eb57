// The guard of issue #8 item 5: every operation of the OpenAPI document, as anonymous and as each role, sent
// malformed values (wrong types, over-long strings, NUL bytes, impossible dates, huge numbers, bad ids, missing and
// unknown fields, bodies that are not JSON). No answer may be a 5xx, every 4xx must be `{ error: { code, message }
// }`, and a NUL byte is never accepted. A variant refused for the caller's role (403) is sent again as the other
// roles until one may call the operation, so that the values reach the handler and the database behind it, not only
// the permission check. A new area's routes are walked as soon as they are in the document.
import type { Role } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, seedDemo } from '../src/seed/demo.ts';
import { login } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { type Variant, variantsOf } from './malformed.ts';
import { type Operation, operationsOf } from './openapi.ts';
import { client } from './request.ts';

const ROLES = ['anonymous', 'enterprise', 'provider', 'finance', 'expert', 'evaluator', 'admin', 'superadmin'] as const;
type Who = (typeof ROLES)[number];

let t: TestApp;
let ops: Operation[];
const cookies = new Map<Who, string | undefined>();
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026 });
  ops = await operationsOf(t);
  cookies.set('anonymous', undefined);
  for (const role of ROLES.slice(1)) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === (role as Role));
    if (!account) throw new Error(`no demo account of role ${role}`);
    cookies.set(role, await login(t, account.username, account.password));
  }
}, 120_000);
afterAll(() => t.close());
const api = client(() => t);

/** A small deterministic hash, so each operation's variants are spread over the roles the same way every run. */
const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

/** Logging out would end the session the rest of the walk uses. */
const SKIP_LOGGED_IN = new Set(['POST /api/v1/auth/logout']);

function wrongAnswer(res: { statusCode: number; body: string }, v: Variant): string | null {
  if (res.statusCode >= 500) return 'a server error';
  // A NUL byte cannot be stored (PostgreSQL refuses it in text and jsonb): a 2xx would mean it was kept or dropped
  // silently somewhere on the way.
  if (res.statusCode < 400) return v.label.endsWith(': NUL') ? 'a NUL byte accepted' : null;
  try {
    const body = JSON.parse(res.body) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string' && typeof body.error.message === 'string') return null;
  } catch {}
  return 'a 4xx outside the error shape';
}

describe('malformed input on every operation', () => {
  it('is answered 4xx in the error shape (never 5xx), as anonymous and as each role', async () => {
    expect(ops.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let sent = 0;
    const reachedOnRetry = new Set<string>();
    const statuses = new Map<number, number>();
    for (const op of ops) {
      const variants = variantsOf(op);
      const h = hash(op.name);
      for (const [i, v] of variants.entries()) {
        // Every variant is sent by one role in turn (the commonest by every role); one refused for that role is sent
        // again as the next roles until one may call the operation.
        const first = (h + i) % ROLES.length;
        const whom: readonly Who[] = v.everyone ? ROLES : [...ROLES.slice(first), ...ROLES.slice(0, first)];
        for (const who of whom) {
          if (who !== 'anonymous' && SKIP_LOGGED_IN.has(op.name)) continue;
          const res = await send(op, v, cookies.get(who));
          sent++;
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          const wrong = wrongAnswer(res, v);
          if (wrong)
            failures.push(`${who} ${op.name} [${v.label}] → ${res.statusCode} (${wrong}) ${res.body.slice(0, 300)}`);
          if (!v.everyone && res.statusCode !== 401 && res.statusCode !== 403) break;
          if (!v.everyone && res.statusCode === 403) reachedOnRetry.add(op.name);
        }
      }
    }
    console.info(
      `${ops.length} operations, ${sent} malformed requests (${reachedOnRetry.size} operations sent again as another role after a 403); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(failures).toEqual([]);
    // The walk kept its sessions: every role was still logged in at the end.
    for (const role of ROLES.slice(1))
      expect((await api.get('/api/v1/auth/me', { as: cookies.get(role) })).statusCode, role).toBe(200);
  }, 300_000);
});

const send = (op: Operation, v: Variant, cookie: string | undefined) =>
  api.request(op.method, v.url, op.method === 'GET' || op.method === 'DELETE' ? undefined : v.body, {
    as: cookie,
    ...(v.headers ? { headers: v.headers } : {}),
  });
