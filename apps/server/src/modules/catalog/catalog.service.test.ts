import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const api = client(() => t);

const service = (o: Record<string, unknown> = {}) => ({
  category: 'testing',
  title: '示例光伏组件可靠性检测',
  description: '依据IEC 61215开展湿热、热循环、机械载荷等可靠性试验，出具CMA检测报告。',
  pricing: 'per_sample',
  price: 500_000,
  leadTimeDays: 7,
  qualifications: ['CMA 2020140000X', 'CNAS L0000'],
  voucherEligible: true,
  ...o,
});

describe('科技服务超市', () => {
  it('lets a verified provider list services that anyone finds by Chinese keywords, filters and sorts', async () => {
    const p = await providerWithUser(t);
    const tag = `示例${Math.random().toString(36).slice(2, 5)}`;
    const a = (
      await api.post('/api/v1/services', service({ title: `${tag}光伏组件可靠性检测` }), { as: p.cookie })
    ).json();
    const b = (
      await api.post(
        '/api/v1/services',
        service({
          title: `${tag}专利导航分析`,
          category: 'ip',
          description: '面向企业研发方向的专利布局分析',
          pricing: 'quote',
          price: null,
          voucherEligible: false,
        }),
        { as: p.cookie },
      )
    ).json();
    expect(a.id).toBeGreaterThan(0);
    expect(b.price).toBeNull();
    const byWord = (await api.get(`/api/v1/services?q=${encodeURIComponent('可靠性')}&providerId=${p.org.id}`)).json();
    expect(byWord.items.map((s: { id: number }) => s.id)).toEqual([a.id]);
    const inDescription = (
      await api.get(`/api/v1/services?q=${encodeURIComponent('专利布局')}&providerId=${p.org.id}`)
    ).json();
    expect(inDescription.items.map((s: { id: number }) => s.id)).toEqual([b.id]);
    const vouchers = (await api.get(`/api/v1/services?providerId=${p.org.id}&voucherEligible=true`)).json();
    expect(vouchers.items.map((s: { id: number }) => s.id)).toEqual([a.id]);
    const priced = (
      await api.get(`/api/v1/services?providerId=${p.org.id}&priceMin=100000&priceMax=600000&category=testing`)
    ).json();
    expect(priced.total).toBe(1);
    const sorted = (await api.get(`/api/v1/services?providerId=${p.org.id}&sort=price_desc`)).json();
    expect(sorted.items.map((s: { id: number }) => s.id)).toEqual([a.id, b.id]); // quotes last
  });

  it('refuses a priced mode without a price, and instruments through the service form', async () => {
    const p = await providerWithUser(t);
    expect((await api.post('/api/v1/services', service({ price: null }), { as: p.cookie })).statusCode).toBe(400);
    expect(
      (await api.post('/api/v1/services', service({ category: 'instrument' }), { as: p.cookie })).json().error.code,
    ).toBe('service.managed_by_instrument');
  });

  it('keeps a provider to its own services and lets admins suspend one with a reason', async () => {
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    const s = (await api.post('/api/v1/services', service(), { as: p.cookie })).json();
    expect(
      (await api.put(`/api/v1/services/${s.id}`, service({ title: '改名' }), { as: other.cookie })).statusCode,
    ).toBe(403);
    expect(
      (
        await api.post(
          `/api/v1/services/${s.id}/suspension`,
          { action: 'suspend', reason: '自我暂停' },
          { as: p.cookie },
        )
      ).statusCode,
    ).toBe(403);
    const admin = await adminCookie(t);
    const suspended = await api.post(
      `/api/v1/services/${s.id}/suspension`,
      {
        action: 'suspend',
        reason: '资质材料过期',
      },
      { as: admin.cookie },
    );
    expect(suspended.json()).toMatchObject({ status: 'suspended', suspendReason: '资质材料过期' });
    expect((await api.get(`/api/v1/services/${s.id}`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/services/${s.id}`, { as: p.cookie })).json().status).toBe('suspended');
    const notices = (await api.get('/api/v1/notifications', { as: p.cookie })).json();
    expect(notices.items[0]).toMatchObject({ kind: 'service.suspend', params: { reason: '资质材料过期' } });
  });
});

describe('service orders', () => {
  it('runs request → quote → accept → in service → delivered → accepted → completed → rated, notifying the other side', async () => {
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const s = (await api.post('/api/v1/services', service(), { as: p.cookie })).json();
    const order = (
      await api.post('/api/v1/orders', { serviceId: s.id, quantity: 2, note: '两块组件' }, { as: e.cookie })
    ).json();
    expect(order.status).toBe('requested');
    expect((await api.post(`/api/v1/orders/${order.id}/accept`, undefined, { as: e.cookie })).json().error.code).toBe(
      'order.bad_transition',
    );
    expect(
      (await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1 }, { as: e.cookie })).json().error.code,
    ).toBe('order.not_provider');
    expect(
      (
        await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1_000_000, note: '含报告' }, { as: p.cookie })
      ).json(),
    ).toMatchObject({ status: 'quoted', amount: 1_000_000 });
    expect((await api.post(`/api/v1/orders/${order.id}/accept`, undefined, { as: p.cookie })).json().error.code).toBe(
      'order.not_buyer',
    );
    expect((await api.post(`/api/v1/orders/${order.id}/accept`, undefined, { as: e.cookie })).json().status).toBe(
      'accepted',
    );
    expect((await api.post(`/api/v1/orders/${order.id}/start`, undefined, { as: p.cookie })).json().status).toBe(
      'in_service',
    );
    expect(
      (await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告已出具' }, { as: p.cookie })).json().status,
    ).toBe('delivered');
    expect(
      (await api.post(`/api/v1/orders/${order.id}/rating`, { rating: 5 }, { as: e.cookie })).json().error.code,
    ).toBe('order.bad_transition');
    expect(
      (await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: e.cookie })).json().status,
    ).toBe('completed');
    expect(
      (await api.post(`/api/v1/orders/${order.id}/rating`, { rating: 4, comment: '及时' }, { as: e.cookie })).json()
        .rating,
    ).toBe(4);
    const listed = (await api.get(`/api/v1/services/${s.id}`)).json();
    expect(listed).toMatchObject({ rating: 4, ratingCount: 1, orderCount: 1 });
    const mine = (await api.get('/api/v1/orders?scope=buyer', { as: e.cookie })).json();
    expect(mine.items.map((o: { id: number }) => o.id)).toContain(order.id);
    const theirs = (await api.get('/api/v1/orders?scope=provider', { as: p.cookie })).json();
    expect(theirs.items.map((o: { id: number }) => o.id)).toContain(order.id);
  });

  it('lets either side dispute and an admin resolve; refuses ordering your own service', async () => {
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const s = (await api.post('/api/v1/services', service(), { as: p.cookie })).json();
    expect((await api.post('/api/v1/orders', { serviceId: s.id }, { as: p.cookie })).json().error.code).toBe(
      'order.own_service',
    );
    const o = (await api.post('/api/v1/orders', { serviceId: s.id }, { as: e.cookie })).json();
    await api.post(`/api/v1/orders/${o.id}/quote`, { amount: 500_000 }, { as: p.cookie });
    await api.post(`/api/v1/orders/${o.id}/accept`, undefined, { as: e.cookie });
    await api.post(`/api/v1/orders/${o.id}/deliver`, { note: '已交付' }, { as: p.cookie });
    expect(
      (await api.post(`/api/v1/orders/${o.id}/dispute`, { note: '报告缺少数据' }, { as: e.cookie })).json().status,
    ).toBe('disputed');
    expect(
      (await api.post(`/api/v1/orders/${o.id}/resolve`, { outcome: 'completed', note: '自行裁决' }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    const admin = await adminCookie(t);
    expect(
      (
        await api.post(
          `/api/v1/orders/${o.id}/resolve`,
          {
            outcome: 'completed',
            note: '补充数据后完成',
          },
          { as: admin.cookie },
        )
      ).json().status,
    ).toBe('completed');
    const other = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/orders/${o.id}`, { as: other.cookie })).statusCode).toBe(404);
  });
});

describe('rating totals on the service row', () => {
  it('always equal the aggregate over its orders, whatever changes the orders', async () => {
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const s = (await api.post('/api/v1/services', service(), { as: p.cookie })).json();
    const ids: number[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await api.post('/api/v1/orders', { serviceId: s.id }, { as: e.cookie })).json().id);
    await t.db.execute(
      sql`UPDATE service_orders SET status = 'completed', amount = 1, rating = 5 WHERE id = ${ids[0]}`,
    );
    await t.db.execute(
      sql`UPDATE service_orders SET status = 'completed', amount = 1, rating = 2 WHERE id = ${ids[1]}`,
    );
    await t.db.execute(sql`UPDATE service_orders SET status = 'completed', amount = 1 WHERE id = ${ids[2]}`);
    await t.db.execute(sql`UPDATE service_orders SET rating = 3 WHERE id = ${ids[1]}`);
    await t.db.execute(sql`UPDATE service_orders SET status = 'cancelled', rating = NULL WHERE id = ${ids[0]}`);
    const { rows } = await t.db.execute(sql`
      SELECT s.rating_sum, s.rating_count, s.completed_count,
             (SELECT coalesce(sum(rating), 0) FROM service_orders WHERE service_id = s.id) AS sum,
             (SELECT count(rating) FROM service_orders WHERE service_id = s.id) AS count,
             (SELECT count(*) FILTER (WHERE status = 'completed') FROM service_orders WHERE service_id = s.id) AS completed
      FROM services s WHERE s.id = ${s.id}`);
    const r = rows[0] as Record<string, number>;
    expect([r.rating_sum, r.rating_count, r.completed_count]).toEqual([
      Number(r.sum),
      Number(r.count),
      Number(r.completed),
    ]);
    expect([r.rating_sum, r.rating_count, r.completed_count]).toEqual([3, 1, 2]);
    expect((await api.get(`/api/v1/services/${s.id}`)).json()).toMatchObject({
      rating: 3,
      ratingCount: 1,
      orderCount: 2,
    });
  });

  it('leave the service row unlocked while orders change in ways that move no total', async () => {
    // An order that is opened, quoted or accepted moves no total: its transaction must not hold the service row, or
    // every order of one service would wait for the one before it (regression: the trigger used to update the row
    // on every insert and every status change).
    const p = await providerWithUser(t);
    const e = await enterpriseWithUser(t);
    const s = (await api.post('/api/v1/services', service(), { as: p.cookie })).json();
    const first = (await api.post('/api/v1/orders', { serviceId: s.id }, { as: e.cookie })).json();
    const tryLockService = () =>
      t.db.execute(sql`SELECT id FROM services WHERE id = ${s.id} FOR NO KEY UPDATE NOWAIT`).then(
        () => 'free',
        (err: { cause?: { code?: string }; code?: string }) => err.cause?.code ?? err.code ?? 'error',
      );
    const holding = async (change: ReturnType<typeof sql>) => {
      let release!: () => void;
      let changed!: () => void;
      const changedNow = new Promise<void>((r) => {
        changed = r;
      });
      const tx = t.db.transaction(async (tx) => {
        await tx.execute(change);
        changed();
        await new Promise<void>((r) => {
          release = r;
        });
        tx.rollback();
      });
      await changedNow;
      const seen = await tryLockService();
      release();
      await tx.catch(() => {});
      return seen;
    };
    const insert = sql`INSERT INTO service_orders (service_id, provider_id, buyer_org_id, buyer_user_id, status)
      SELECT service_id, provider_id, buyer_org_id, buyer_user_id, 'requested' FROM service_orders WHERE id = ${first.id}`;
    expect(await holding(insert)).toBe('free');
    expect(await holding(sql`UPDATE service_orders SET status = 'quoted', amount = 100 WHERE id = ${first.id}`)).toBe(
      'free',
    );
    // A completion does move a total: that one takes the row (55P03: lock not available). The foreign key alone takes
    // only a key-share lock, which an update of the row's totals does not wait for.
    expect(
      await holding(sql`UPDATE service_orders SET status = 'completed', amount = 100 WHERE id = ${first.id}`),
    ).toBe('55P03');
  });
});
