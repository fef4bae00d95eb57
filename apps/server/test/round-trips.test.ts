// How many statements the two busiest writes send to PostgreSQL. Each statement is a round trip that holds the
// transaction's locks a little longer; the budgets below are what the code needs now (docs/PERFORMANCE.md has the
// throughput they give). A change that adds a statement to either path must raise its budget here, on purpose.
import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/kernel/clock.ts';
import { voucherKit } from '../src/modules/voucher/voucher.test-kit.ts';
import { adminCookie, enterpriseWithUser, providerWithUser, seedInstrument } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';

// Monday 2026-03-02 08:00 in Shanghai.
const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);
const { openScheme, eligibleEnterprise, issue, quotedOrder } = voucherKit(
  () => t,
  () => admin,
);

/** The statements sent while `run` runs (this file's workers send nothing else meanwhile). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  const sent: string[] = [];
  const query = pg.Client.prototype.query;
  // biome-ignore lint/suspicious/noExplicitAny: wraps the driver's overloaded query method as it is
  pg.Client.prototype.query = function (this: pg.Client, ...args: any[]) {
    const q = args[0];
    sent.push(typeof q === 'string' ? q : (q?.text ?? ''));
    // biome-ignore lint/suspicious/noExplicitAny: see above
    return (query as any).apply(this, args);
  } as typeof query;
  try {
    await run();
  } finally {
    pg.Client.prototype.query = query;
  }
  return sent;
}

describe('round trips of the busiest writes', () => {
  it('books an instrument in at most 7 statements, the session check, BEGIN and COMMIT included', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const e = await enterpriseWithUser(t);
    let status = 0;
    let created: unknown;
    const sent = await statementsOf(async () => {
      const res = await api.post(
        '/api/v1/bookings',
        {
          instrumentId: inst.id,
          start: shanghaiInstant('2026-03-03', 10 * 60).toISOString(),
          end: shanghaiInstant('2026-03-03', 11 * 60).toISOString(),
          purpose: '示例测试',
        },
        { as: e.cookie },
      );
      status = res.statusCode;
      created = res.json();
    });
    expect(status).toBe(201);
    // The answer is built from what the booking read and wrote, not read back: it must be what a read gives.
    const id = (created as { id: number }).id;
    expect(created).toEqual((await api.get(`/api/v1/bookings/${id}`, { as: e.cookie })).json());
    // The audit rows, the order's events and the provider's notices go in one statement at the end.
    expect(sent.filter((s) => /insert into "?audit_log/i.test(s))).toHaveLength(1);
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(7);
    // Its statements keep their generic plans: BEGIN sets that for the transaction, in the same round trip.
    expect(sent.filter((s) => /^begin; SET LOCAL plan_cache_mode = force_generic_plan$/i.test(s))).toHaveLength(1);
  });

  it('accepts an order with a voucher in at most 8 statements, the answer read after COMMIT included', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 1_000_000);
    const orderId = await quotedOrder(e.cookie, p, 600_000);
    let body: { status?: string; vouchers?: unknown[] } = {};
    const sent = await statementsOf(async () => {
      body = (await api.post(`/api/v1/orders/${orderId}/accept`, { vouchers: [voucherId] }, { as: e.cookie })).json();
    });
    expect(body.status).toBe('accepted');
    expect(body.vouchers).toHaveLength(1);
    // The answer is built from what the step read and wrote, not read back: it must be what a read gives.
    expect(body).toEqual((await api.get(`/api/v1/orders/${orderId}`, { as: e.cookie })).json());
    // The step's one statement gives the audit row the order as it was, in the shape every other audit row has.
    const { rows } = await t.db.execute(
      sql`SELECT before, after FROM audit_log WHERE action = 'order.accept' AND entity_id = ${String(orderId)}`,
    );
    const audit = rows[0] as { before: Record<string, unknown>; after: Record<string, unknown> };
    expect(audit.before).toMatchObject({ id: orderId, status: 'quoted', amount: 600_000, acceptedAt: null });
    expect(typeof audit.before.quotedAt).toBe('string');
    expect(new Date(audit.before.quotedAt as string).getTime()).toBe(
      new Date(audit.after.quotedAt as string).getTime(),
    );
    expect(Object.keys(audit.before).sort()).toEqual(Object.keys(audit.after).sort());
    expect(audit.after).toMatchObject({ status: 'accepted' });
    expect(sent.length, sent.join('\n')).toBeLessThanOrEqual(8);
    expect(sent.filter((s) => /^begin; SET LOCAL plan_cache_mode = force_generic_plan$/i.test(s))).toHaveLength(1);
  });

  it('answers every step of an order with what a read of it gives, vouchers and history included', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const p = await providerWithUser(t);
    const voucherId = await issue(s.id, e.cookie, 1_000_000);
    const orderId = await quotedOrder(e.cookie, p, 600_000);
    const read = async () => (await api.get(`/api/v1/orders/${orderId}`, { as: e.cookie })).json();
    const steps: [string, Record<string, unknown> | undefined, string][] = [
      ['accept', { vouchers: [voucherId] }, e.cookie],
      ['deliver', { note: '示例交付说明' }, p.cookie],
      ['accept-delivery', undefined, e.cookie],
    ];
    for (const [action, body, as] of steps) {
      const res = await api.post(`/api/v1/orders/${orderId}/${action}`, body, { as });
      expect(res.statusCode, action).toBe(200);
      expect(res.json(), action).toEqual(await read());
    }
    const done = await read();
    expect(done.status).toBe('completed');
    expect(done.events.map((ev: { toStatus: string }) => ev.toStatus).slice(-3)).toEqual([
      'accepted',
      'delivered',
      'completed',
    ]);
    expect(done.vouchers).toEqual([expect.objectContaining({ status: 'consumed', amount: 300_000 })]);
  });
});
