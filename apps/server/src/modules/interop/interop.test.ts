import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { reconcile } from '../voucher/index.ts';
import { signedHeaders } from './interop.signing.ts';

// Two platforms on two databases, talking over HTTP on loopback: A issues the voucher, B's provider accepts it.
const SECRET = 'a-shared-secret-of-the-two-regions-0123456789';
let a: TestApp;
let b: TestApp;
let urlA: string;
let adminA: string;
let voucherNumber: string;
let voucherId: number;
let buyerA: string;
let holderA: number;
/** The holder's redemption code of the voucher: partner regions need it to hold the voucher. */
let redemptionCode: string;

const listen = async (t: TestApp) => {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
};
const apiA = client(() => a);
const apiB = client(() => b);

beforeAll(async () => {
  a = await createTestApp({ config: { regionCode: 'region-a' } });
  b = await createTestApp({ config: { regionCode: 'region-b' } });
  urlA = await listen(a);
  const urlB = await listen(b);
  adminA = (await adminCookie(a)).cookie;
  const adminB = (await adminCookie(b)).cookie;
  expect(
    (
      await apiA.put(
        '/api/v1/interop/partners/region-b',
        {
          code: 'region-b',
          name: '示例伙伴区B',
          baseUrl: urlB,
          secret: SECRET,
        },
        { as: adminA },
      )
    ).statusCode,
  ).toBe(200);
  expect(
    (
      await apiB.put(
        '/api/v1/interop/partners/region-a',
        {
          code: 'region-a',
          name: '示例伙伴区A',
          baseUrl: urlA,
          secret: SECRET,
        },
        { as: adminB },
      )
    ).statusCode,
  ).toBe(200);
  // Region A: a scheme and a 1万元 voucher of an eligible enterprise.
  const {
    organisations: [orgA],
    users: [user],
    vouchers: [voucher],
  } = await seed(a, {
    organisations: [{ key: 'e', park: '高新区本部', tsmeRegNo: 'A-TSME-1' }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
    voucherSchemes: [{ key: 's', name: '示例A区创新券', budget: 10_000_000, perEnterpriseCap: 5_000_000 }],
    vouchers: [{ scheme: 's', org: 'e', amount: 1_000_000 }],
  });
  buyerA = user.cookie;
  holderA = orgA.id;
  voucherId = voucher.id;
  voucherNumber = voucher.number;
  const issued = await apiA.post(`/api/v1/vouchers/${voucherId}/redemption-code`, undefined, { as: buyerA });
  expect(issued.statusCode).toBe(200);
  redemptionCode = issued.json().code;
});
afterAll(async () => {
  await a?.close();
  await b?.close();
});

/** In region B: a provider with a voucher-eligible service of `category`, and a buyer, both logged in. */
async function serviceInB(category: 'testing' | 'ip', title: string) {
  const {
    users: [provider, buyer],
    services: [svc],
  } = await seed(b, {
    organisations: [{ key: 'p', kind: 'provider' }, { key: 'e' }],
    users: [
      { role: 'provider', org: 'p', login: true },
      { role: 'enterprise', org: 'e', login: true },
    ],
    services: [{ provider: 'p', category, title, pricing: 'quote', voucherEligible: true }],
  });
  return { svc, p: provider, cookie: buyer.cookie };
}

async function orderInB(amount: number) {
  const { svc, p, cookie } = await serviceInB('testing', '示例B区检测');
  const order = (await apiB.post('/api/v1/orders', { serviceId: svc.id }, { as: cookie })).json();
  await apiB.post(`/api/v1/orders/${order.id}/quote`, { amount }, { as: p.cookie });
  return { orderId: order.id as number, buyer: cookie, provider: p.cookie };
}
const voucherInA = async () => (await apiA.get(`/api/v1/vouchers/${voucherId}`, { as: buyerA })).json();
/** Runs a platform's outbox job until nothing is due: calls to partner regions are made after commit. */
async function deliverOutbox(t: TestApp) {
  const job = t.modules.flatMap((m) => m.jobs ?? []).find((j) => j.name === 'interop-outbox');
  if (!job) throw new Error('no outbox job');
  while ((await job.run()) > 0);
}

describe('通兑: a partner provider accepts our voucher', () => {
  it('holds on acceptance in the issuing region, confirms on completion and owes the partner region', async () => {
    const o = await orderInB(600_000);
    const accepted = await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      {
        partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode },
      },
      { as: o.buyer },
    );
    expect(accepted.json().status).toBe('accepted');
    expect(await voucherInA()).toMatchObject({ balance: 700_000 });
    await apiB.post(`/api/v1/orders/${o.orderId}/deliver`, { note: '异地检测报告' }, { as: o.provider });
    expect(
      (await apiB.post(`/api/v1/orders/${o.orderId}/accept-delivery`, undefined, { as: o.buyer })).json().status,
    ).toBe('completed');
    await deliverOutbox(b);
    const owed = await a.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = 'payable:region-region-b'`);
    expect(Number(owed.rows[0]?.balance)).toBe(300_000);
    const uses = await b.db.execute(
      sql`SELECT status, confirmed_amount FROM partner_voucher_uses WHERE order_id = ${o.orderId}`,
    );
    expect(uses.rows).toEqual([{ status: 'confirmed', confirmed_amount: 300_000 }]);
    expect(await reconcile(a.db)).toEqual([]);
  });

  it('confirms a hold recorded without its coverage by asking the issuing region with the hold’s id', async () => {
    const o = await orderInB(200_000);
    await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      { partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode } },
      { as: o.buyer },
    );
    // As holds were kept before the coverage was recorded with them.
    await b.db.execute(sql`UPDATE partner_voucher_uses SET coverage_percent = NULL WHERE order_id = ${o.orderId}`);
    await apiB.post(`/api/v1/orders/${o.orderId}/deliver`, { note: '异地检测报告' }, { as: o.provider });
    const done = await apiB.post(`/api/v1/orders/${o.orderId}/accept-delivery`, undefined, { as: o.buyer });
    expect(done.json().status).toBe('completed');
    const uses = await b.db.execute(
      sql`SELECT status, confirmed_amount FROM partner_voucher_uses WHERE order_id = ${o.orderId}`,
    );
    expect(uses.rows).toEqual([{ status: 'confirmed', confirmed_amount: 100_000 }]);
    await deliverOutbox(b);
    expect(await reconcile(a.db)).toEqual([]);
  });

  it('releases the hold in the issuing region when the order is cancelled', async () => {
    const before = (await voucherInA()).balance;
    const o = await orderInB(200_000);
    await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      {
        partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode },
      },
      { as: o.buyer },
    );
    expect((await voucherInA()).balance).toBe(before - 100_000);
    await apiB.post(`/api/v1/orders/${o.orderId}/cancel`, { reason: '改期' }, { as: o.buyer });
    await deliverOutbox(b);
    expect((await voucherInA()).balance).toBe(before);
    expect(await reconcile(a.db)).toEqual([]);
  });

  it('refuses the acceptance, and holds nothing, when the partner voucher does not cover the category', async () => {
    const before = (await voucherInA()).balance;
    const { svc, p, cookie } = await serviceInB('ip', '示例B区专利');
    const order = (await apiB.post('/api/v1/orders', { serviceId: svc.id }, { as: cookie })).json();
    await apiB.post(`/api/v1/orders/${order.id}/quote`, { amount: 100_000 }, { as: p.cookie });
    const refused = await apiB.post(
      `/api/v1/orders/${order.id}/accept`,
      {
        partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode },
      },
      { as: cookie },
    );
    expect(refused.json().error.code).toBe('voucher.ineligible_category');
    expect((await apiB.get(`/api/v1/orders/${order.id}`, { as: cookie })).json().status).toBe('quoted');
    expect((await voucherInA()).balance).toBe(before);
  });
});

describe('calls to partner regions leave the transaction', () => {
  it('completes the order while the issuing region is away and confirms there once it answers again', async () => {
    const o = await orderInB(400_000);
    await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      { partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode } },
      { as: o.buyer },
    );
    const owedBefore = Number(
      (await a.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = 'payable:region-region-b'`)).rows[0]
        ?.balance ?? 0,
    );
    // Region A stops answering: its address in B's registry now leads nowhere.
    await b.db.execute(sql`UPDATE partner_regions SET base_url = 'http://127.0.0.1:9' WHERE code = 'region-a'`);
    try {
      await apiB.post(`/api/v1/orders/${o.orderId}/deliver`, { note: '报告' }, { as: o.provider });
      const done = await apiB.post(`/api/v1/orders/${o.orderId}/accept-delivery`, undefined, { as: o.buyer });
      expect(done.json().status).toBe('completed');
      await deliverOutbox(b);
      const waiting = (
        await b.db.execute(
          sql`SELECT status, attempts, last_error FROM interop_outbox WHERE operation = 'confirm' AND body->>'amount' = '200000'`,
        )
      ).rows;
      expect(waiting).toHaveLength(1);
      expect(waiting[0]).toMatchObject({ status: 'pending', attempts: 1 });
      expect(String(waiting[0]?.last_error)).toContain('did not answer');
    } finally {
      const urlA2 = urlA;
      await b.db.execute(sql`UPDATE partner_regions SET base_url = ${urlA2} WHERE code = 'region-a'`);
    }
    // The retry is due later; make it due now, as time would (a second back: the job compares with the app clock's
    // milliseconds, the database stamps microseconds).
    await b.db.execute(
      sql`UPDATE interop_outbox SET next_attempt_at = now() - interval '1 second' WHERE status = 'pending'`,
    );
    await deliverOutbox(b);
    const sent = (await b.db.execute(sql`SELECT status FROM interop_outbox WHERE body->>'amount' = '200000'`)).rows;
    expect(sent).toEqual([{ status: 'sent' }]);
    const owedAfter = Number(
      (await a.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = 'payable:region-region-b'`)).rows[0]
        ?.balance,
    );
    expect(owedAfter - owedBefore).toBe(200_000);
    expect(await reconcile(a.db)).toEqual([]);
  });

  it('releases the hold at the issuing region when our acceptance does not commit', async () => {
    const before = (await voucherInA()).balance;
    const o = await orderInB(100_000);
    // The partner voucher is held first; then our own voucher list names a voucher that does not exist, so the
    // acceptance fails inside its transaction.
    const refused = await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      { partnerVoucher: { region: 'region-a', number: voucherNumber, code: redemptionCode }, vouchers: [987_654_321] },
      { as: o.buyer },
    );
    expect(refused.statusCode).toBe(404);
    expect((await apiB.get(`/api/v1/orders/${o.orderId}`, { as: o.buyer })).json().status).toBe('quoted');
    expect((await voucherInA()).balance).toBe(before - 50_000);
    await deliverOutbox(b);
    expect((await voucherInA()).balance).toBe(before);
    expect(
      (await b.db.execute(sql`SELECT count(*)::int AS n FROM partner_voucher_uses WHERE order_id = ${o.orderId}`))
        .rows[0]?.n,
    ).toBe(0);
    expect(await reconcile(a.db)).toEqual([]);
  });
});

describe('the partner registry', () => {
  it('keeps the secret when an update leaves it out, needs it for a new region, and lists regions to logged-in users', async () => {
    const urlB = (await apiA.get('/api/v1/interop/partners', { as: adminA }))
      .json()
      .items.find((p: { code: string }) => p.code === 'region-b').baseUrl;
    expect(
      (
        await apiA.put(
          '/api/v1/interop/partners/region-b',
          {
            code: 'region-b',
            name: '示例伙伴区B（更名）',
            baseUrl: urlB,
          },
          { as: adminA },
        )
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await apiA.put(
          '/api/v1/interop/partners/region-c',
          {
            code: 'region-c',
            name: '示例伙伴区C',
            baseUrl: urlB,
          },
          { as: adminA },
        )
      ).json().error.code,
    ).toBe('interop.secret_required');
    const regions = (await apiA.get('/api/v1/interop/regions', { as: buyerA })).json().items;
    expect(regions).toEqual([{ code: 'region-b', name: '示例伙伴区B（更名）' }]);
    expect((await apiA.get('/api/v1/interop/partners', { as: buyerA })).statusCode).toBe(403);
    // the kept secret still verifies region B's calls
    const body = JSON.stringify({ number: voucherNumber, code: redemptionCode });
    const res = await fetch(`${urlA}/api/v1/interop/vouchers/verify`, {
      method: 'POST',
      headers: signedHeaders('region-b', SECRET, 'POST', '/api/v1/interop/vouchers/verify', body, new Date()),
      body,
    });
    expect(res.status).toBe(200);
  });
});

describe('the machine API refuses what is not properly signed, and answers each idempotency key once', () => {
  const post = (
    path: string,
    body: unknown,
    opts: { key?: string; at?: Date; secret?: string; tamper?: boolean } = {},
  ) => {
    const text = JSON.stringify(body);
    const headers = signedHeaders(
      'region-b',
      opts.secret ?? SECRET,
      'POST',
      `/api/v1/interop/vouchers/${path}`,
      text,
      opts.at ?? new Date(),
      opts.key,
    );
    return fetch(`${urlA}/api/v1/interop/vouchers/${path}`, {
      method: 'POST',
      headers,
      body: opts.tamper ? text.replace('100', '900') : text,
    });
  };

  it('refuses a wrong key, a tampered body, a stale timestamp and an unknown region', async () => {
    const hold = {
      number: voucherNumber,
      code: redemptionCode,
      amount: 10_000,
      orderRef: 'b:order:sec-1',
      category: 'testing',
    };
    expect(
      (
        (await (await post('hold', hold, { key: 'sec-key-0001', secret: 'x'.repeat(40) })).json()) as {
          error: { code: string };
        }
      ).error.code,
    ).toBe('interop.bad_signature');
    expect(
      (
        (await (await post('hold', { ...hold, amount: 100 }, { key: 'sec-key-0002', tamper: true })).json()) as {
          error: { code: string };
        }
      ).error.code,
    ).toBe('interop.bad_signature');
    expect(
      (
        (await (await post('hold', hold, { key: 'sec-key-0003', at: new Date(Date.now() - 10 * 60_000) })).json()) as {
          error: { code: string };
        }
      ).error.code,
    ).toBe('interop.stale');
    const unknown = await fetch(`${urlA}/api/v1/interop/vouchers/verify`, {
      method: 'POST',
      headers: signedHeaders('nowhere', SECRET, 'POST', '/api/v1/interop/vouchers/verify', '{}', new Date()),
      body: '{}',
    });
    expect(unknown.status).toBe(401);
    const { rows } = await a.db.execute(
      sql`SELECT count(*)::int AS n FROM interop_holds WHERE order_ref = 'b:order:sec-1'`,
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('shows a voucher only to its holder’s code or to a region holding part of it, never by its number alone', async () => {
    const answer = async (body: unknown) => {
      const res = await post('verify', body);
      return { status: res.status, body: (await res.json()) as { error?: { code: string }; balance?: number } };
    };
    const alone = await answer({ number: voucherNumber });
    expect([alone.status, alone.body.error?.code]).toEqual([400, 'http.validation']);
    const failuresBefore = Number(
      (
        await a.db.execute(
          sql`SELECT failures FROM voucher_redemption_codes c JOIN vouchers v ON v.id = c.voucher_id WHERE v.number = ${voucherNumber}`,
        )
      ).rows[0]?.failures,
    );
    const wrong = await answer({ number: voucherNumber, code: 'AAAAA-AAAAA' });
    expect([wrong.status, wrong.body.error?.code, wrong.body.balance]).toEqual([
      403,
      'voucher.code_mismatch',
      undefined,
    ]);
    // The wrong code is counted like one sent with a hold: verification is no way round the limit.
    const { rows: counted } = await a.db.execute(
      sql`SELECT c.failures FROM voucher_redemption_codes c JOIN vouchers v ON v.id = c.voucher_id WHERE v.number = ${voucherNumber}`,
    );
    expect(Number(counted[0]?.failures)).toBe(failuresBefore + 1);
    const right = await answer({ number: voucherNumber, code: redemptionCode });
    expect(right.status).toBe(200);
    expect(typeof right.body.balance).toBe('number');
    const both = await answer({ number: voucherNumber, code: redemptionCode, holdId: 1 });
    expect(both.status).toBe(400);
    // A hold of this region on the voucher shows it; a hold id that is not this region's on this voucher does not.
    const held = await post(
      'hold',
      { number: voucherNumber, code: redemptionCode, amount: 100, orderRef: 'b:order:verify-1', category: 'testing' },
      { key: 'verify-key-0001' },
    );
    expect(held.status).toBe(200);
    const holdId = ((await held.json()) as { holdId: number }).holdId;
    expect((await answer({ number: voucherNumber, holdId })).status).toBe(200);
    const { rows: others } = await a.db.execute(sql`SELECT coalesce(max(id), 0) + 1000 AS id FROM interop_holds`);
    const stranger = await answer({ number: voucherNumber, holdId: Number(others[0]?.id) });
    expect([stranger.status, stranger.body.error?.code]).toEqual([404, 'voucher.not_found']);
    await post('release', { holdId }, { key: 'verify-key-0002' });
  });

  it('refuses a replayed request and gives a re-signed retry of the same key the same answer, holding once', async () => {
    const hold = {
      number: voucherNumber,
      code: redemptionCode,
      amount: 10_000,
      orderRef: 'b:order:idem-1',
      category: 'testing',
    };
    const text = JSON.stringify(hold);
    const headers = signedHeaders(
      'region-b',
      SECRET,
      'POST',
      '/api/v1/interop/vouchers/hold',
      text,
      new Date(),
      'idem-key-0001',
    );
    const first = await fetch(`${urlA}/api/v1/interop/vouchers/hold`, { method: 'POST', headers, body: text });
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as { holdId: number };
    const replay = await fetch(`${urlA}/api/v1/interop/vouchers/hold`, { method: 'POST', headers, body: text });
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('interop.replay');
    const retry = await post('hold', hold, { key: 'idem-key-0001', at: new Date(Date.now() + 1000) });
    expect(((await retry.json()) as { holdId: number }).holdId).toBe(firstBody.holdId);
    const other = await post(
      'hold',
      { ...hold, amount: 20_000 },
      { key: 'idem-key-0001', at: new Date(Date.now() + 2000) },
    );
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('interop.idempotency_mismatch');
    const { rows } = await a.db.execute(
      sql`SELECT count(*)::int AS n FROM interop_holds WHERE order_ref = 'b:order:idem-1'`,
    );
    expect(rows[0]?.n).toBe(1);
    await post('release', { holdId: firstBody.holdId }, { key: 'idem-key-0002' });
    expect(await reconcile(a.db)).toEqual([]);
  });
});

describe('a partner region holds our voucher only with its holder’s redemption code', () => {
  const machine = (path: string, body: unknown, key: string) => {
    const text = JSON.stringify(body);
    const url = `/api/v1/interop/vouchers/${path}`;
    return fetch(`${urlA}${url}`, {
      method: 'POST',
      headers: signedHeaders('region-b', SECRET, 'POST', url, text, new Date(), key),
      body: text,
    });
  };
  /** A fresh voucher of region A's enterprise, so that its code and lock are this test's own. */
  async function freshVoucher() {
    const {
      vouchers: [v],
    } = await seed(a, {
      voucherSchemes: [{ key: 's', name: '示例A区兑换码测试券', budget: 10_000_000, perEnterpriseCap: 5_000_000 }],
      vouchers: [{ scheme: 's', org: holderA, amount: 500_000 }],
    });
    return v;
  }
  const codeOf = async (id: number) =>
    (await apiA.post(`/api/v1/vouchers/${id}/redemption-code`, undefined, { as: buyerA })).json().code as string;
  const statusOf = async (id: number) =>
    (await apiA.get(`/api/v1/vouchers/${id}/redemption-code`, { as: buyerA })).json();
  const holdsOf = async (id: number) =>
    (await a.db.execute(sql`SELECT count(*)::int AS n FROM interop_holds WHERE voucher_id = ${id}`)).rows[0]?.n;
  let n = 0;
  const key = () => `code-test-${++n}-${Math.random().toString(36).slice(2)}`;

  it('refuses the number alone and a wrong code (counted and audited), and holds with the right one', async () => {
    const v = await freshVoucher();
    const hold = { number: v.number, amount: 10_000, orderRef: 'b:order:code-1', category: 'testing' };
    const alone = await machine('hold', hold, key());
    expect(alone.status).toBe(400);
    expect(((await alone.json()) as { error: { code: string } }).error.code).toBe('http.validation');
    // No code set yet: nothing can match.
    const unset = await machine('hold', { ...hold, code: 'AAAAA-AAAAA' }, key());
    expect(((await unset.json()) as { error: { code: string } }).error.code).toBe('voucher.code_mismatch');

    const code = await codeOf(v.id);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const wrong = await machine(
      'hold',
      { ...hold, code: code === 'ZZZZZ-ZZZZZ' ? 'YYYYY-YYYYY' : 'ZZZZZ-ZZZZZ' },
      key(),
    );
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('voucher.code_mismatch');
    expect(await holdsOf(v.id)).toBe(0);
    expect(await statusOf(v.id)).toMatchObject({ failures: 1, locked: false });
    const audited = await a.db.execute(
      sql`SELECT after FROM audit_log WHERE action = 'interop.code_refused' AND entity_id = ${String(v.id)}`,
    );
    expect(audited.rows.map((r) => r.after)).toEqual([
      { region: 'region-b', failures: null, codeSet: false },
      { region: 'region-b', failures: 1, codeSet: true },
    ]);

    // Typed as a person might: lower case, without the hyphen.
    const right = await machine('hold', { ...hold, code: code.replace('-', '').toLowerCase() }, key());
    expect(right.status).toBe(200);
    const { holdId } = (await right.json()) as { holdId: number };
    expect(await holdsOf(v.id)).toBe(1);
    expect(await statusOf(v.id)).toMatchObject({ failures: 0, locked: false });
    expect((await machine('release', { holdId }, key())).status).toBe(200);
    expect(await reconcile(a.db)).toEqual([]);
  });

  it('locks after five wrong codes until the holder sets a new one, which ends the old', async () => {
    const v = await freshVoucher();
    const hold = { number: v.number, amount: 10_000, orderRef: 'b:order:code-2', category: 'testing' };
    const old = await codeOf(v.id);
    for (let i = 0; i < 5; i++)
      expect((await machine('hold', { ...hold, code: '00000-00000' }, key())).status).toBe(403);
    const locked = await machine('hold', { ...hold, code: old }, key());
    expect(locked.status).toBe(423);
    expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('voucher.code_locked');
    expect(await statusOf(v.id)).toMatchObject({ failures: 5, locked: true });

    // Only the holder sets a code; an administrator sees whether one is set; others do not see the voucher.
    expect((await apiA.post(`/api/v1/vouchers/${v.id}/redemption-code`, undefined, { as: adminA })).statusCode).toBe(
      404,
    );
    expect((await apiA.get(`/api/v1/vouchers/${v.id}/redemption-code`, { as: adminA })).json().locked).toBe(true);
    const {
      users: [other],
    } = await seed(a, { organisations: [{ key: 'o' }], users: [{ role: 'enterprise', org: 'o', login: true }] });
    expect((await apiA.get(`/api/v1/vouchers/${v.id}/redemption-code`, { as: other.cookie })).statusCode).toBe(404);
    expect(
      (await apiA.post(`/api/v1/vouchers/${v.id}/redemption-code`, undefined, { as: other.cookie })).statusCode,
    ).toBe(404);

    const fresh = await codeOf(v.id);
    expect(await statusOf(v.id)).toMatchObject({ failures: 0, locked: false });
    expect((await machine('hold', { ...hold, code: old }, key())).status).toBe(403);
    const ok = await machine('hold', { ...hold, code: fresh }, key());
    expect(ok.status).toBe(200);
    await machine('release', { holdId: ((await ok.json()) as { holdId: number }).holdId }, key());
    const set = await a.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'voucher.redemption_code' AND entity_id = ${String(v.id)}`,
    );
    expect(set.rows[0]?.n).toBe(2);
  });

  it('refuses an acceptance at a partner provider whose buyer gives a wrong code, and holds nothing', async () => {
    const before = (await voucherInA()).balance;
    const o = await orderInB(100_000);
    const refused = await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      { partnerVoucher: { region: 'region-a', number: voucherNumber, code: 'ZZZZZ-ZZZZY' } },
      { as: o.buyer },
    );
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('voucher.code_mismatch');
    expect((await apiB.get(`/api/v1/orders/${o.orderId}`, { as: o.buyer })).json().status).toBe('quoted');
    expect((await voucherInA()).balance).toBe(before);
    // Without a code the acceptance is not even sent to the issuing region.
    const noCode = await apiB.post(
      `/api/v1/orders/${o.orderId}/accept`,
      { partnerVoucher: { region: 'region-a', number: voucherNumber } },
      { as: o.buyer },
    );
    expect(noCode.json().error.code).toBe('http.validation');
  });
});
