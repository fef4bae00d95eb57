import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { dealKit } from './deals.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai: the 清明 holidays (04-04 to 04-06) fall inside a 15-working-day limit.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const DAY = 86_400_000;
const { api, relogin, listing, contractBody, agreed } = dealKit(() => ({ t, admin }));

describe('from an inquiry to an agreed price', () => {
  it('opens a thread on a published achievement, lets the sides offer, and agrees on the accepted offer', async () => {
    const l = await listing('甲');
    const own = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例自询' },
      { as: l.seller.cookie },
    );
    expect(own.json().error.code).toBe('market.own_achievement');
    const opened = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例：请问是否可独占许可？' },
      { as: l.buyer.cookie },
    );
    const id = opened.json().id as number;
    expect(opened.json()).toMatchObject({
      status: 'negotiating',
      side: 'buyer',
      sellerPublic: false,
      contractable: false,
    });
    // One open deal per buyer and achievement.
    const again = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例再询' },
      { as: l.buyer.cookie },
    );
    expect(again.json().error.code).toBe('market.deal_open');
    // A stranger neither reads nor writes.
    const stranger = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/market/deals/${id}`, { as: stranger.cookie })).statusCode).toBe(404);

    await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例报价', offerFen: 2_000_000_00 },
      { as: l.buyer.cookie },
    );
    // Nobody accepts their own offer.
    const self = await api.post(`/api/v1/market/deals/${id}/offer-answer`, { accept: true }, { as: l.buyer.cookie });
    expect(self.json().error.code).toBe('market.no_open_offer');
    // The seller's counter-offer supersedes the buyer's.
    await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例还价', offerFen: 2_600_000_00 },
      { as: l.seller.cookie },
    );
    const thread = (await api.get(`/api/v1/market/deals/${id}`, { as: l.seller.cookie })).json();
    expect(thread.messages.map((m: { offerStatus: string | null }) => m.offerStatus)).toEqual([
      null,
      'superseded',
      'open',
    ]);
    expect(thread.side).toBe('seller');
    const done = (
      await api.post(`/api/v1/market/deals/${id}/offer-answer`, { accept: true }, { as: l.buyer.cookie })
    ).json();
    expect(done).toMatchObject({ status: 'agreed', agreedFen: 2_600_000_00, contractable: true, noticeUntil: null });
    // Offers end with the agreement; messages go on.
    const late = await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例', offerFen: 1 },
      { as: l.buyer.cookie },
    );
    expect(late.json().error.code).toBe('market.deal_state');
    const audit = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'market_deal' AND entity_id = ${id} ORDER BY id`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'market.deal.open',
      'market.deal.offer',
      'market.deal.offer',
      'market.deal.agree',
    ]);
    const mine = (await api.get('/api/v1/market/deals', { as: l.buyer.cookie })).json();
    expect(mine.items.map((d: { id: number }) => d.id)).toContain(id);
  });

  it("puts a university's agreed price on public notice for 15 days before a contract may be drafted", async () => {
    const d = await agreed('乙', 1_000_000_00, true);
    expect(d.deal).toMatchObject({
      status: 'notice',
      sellerPublic: true,
      noticeFrom: '2026-03-27',
      noticeUntil: '2026-04-11',
    });
    const notices = (await api.get('/api/v1/market/deal-notices?pageSize=200')).json();
    expect(notices.items.find((n: { dealId: number }) => n.dealId === d.dealId)).toMatchObject({
      agreedFen: 1_000_000_00,
    });
    // Found by a word of the title or a side's name, paged, and exported as it is found (the file dated).
    const q = encodeURIComponent('钙钛矿叠层电池技术乙');
    const found = (await api.get(`/api/v1/market/deal-notices?q=${q}`)).json();
    expect(found.items.map((n: { dealId: number }) => n.dealId)).toEqual([d.dealId]);
    expect((await api.get(`/api/v1/market/deal-notices?q=${encodeURIComponent('示例无此成果%')}`)).json().total).toBe(
      0,
    );
    expect((await walkPages(api, '/api/v1/market/deal-notices', undefined, 1, 'dealId')).total).toBe(notices.total);
    const xlsx = await api.get(`/api/v1/market/deal-notices/export.xlsx?q=${q}`);
    expect(xlsx.headers['content-disposition']).toMatch(/deal-notices-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect(await exportRowCount(api, `/api/v1/market/deal-notices/export.xlsx?q=${q}`, undefined)).toBe(1);
    const early = await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_000_000_00), {
      as: d.seller.cookie,
    });
    expect(early.json().error.code).toBe('market.notice_running');
    clock.advance(16 * DAY);
    try {
      const [seller, buyer] = [await relogin(d.seller), await relogin(d.buyer)];
      const c = await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_000_000_00), { as: seller });
      expect(c.statusCode).toBe(201);
      expect((await api.get(`/api/v1/market/deals/${d.dealId}`, { as: buyer })).json().status).toBe('contracted');
    } finally {
      clock.advance(-16 * DAY);
    }
  });
});

describe('the contract: 技术交易额, confirmation by both sides, fixed once signed', () => {
  it('refuses costs above the amount and payments that do not add up, and keeps 技术交易额 = 成交额 − costs', async () => {
    const d = await agreed('丙', 1_200_000_00);
    const over = await api.post(
      `/api/v1/market/deals/${d.dealId}/contract`,
      {
        ...contractBody(1_200_000_00),
        nonTechnical: [{ kind: 'parts', description: '示例', amountFen: 1_300_000_00 }],
      },
      { as: d.seller.cookie },
    );
    expect(over.statusCode).toBe(400);
    const short = await api.post(
      `/api/v1/market/deals/${d.dealId}/contract`,
      { ...contractBody(1_200_000_00), payments: [{ dueOn: '2026-05-01', amountFen: 1_000_000_00 }] },
      { as: d.seller.cookie },
    );
    expect(short.statusCode).toBe(400);
    const c = (
      await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_200_000_00, 200_000_00), {
        as: d.buyer.cookie,
      })
    ).json();
    expect(c).toMatchObject({
      amountFen: 1_200_000_00,
      nonTechnicalFen: 200_000_00,
      techTradeFen: 1_000_000_00,
      status: 'draft',
    });

    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    // A change after one confirmation asks both again.
    const changed = (
      await api.put(`/api/v1/market/contracts/${c.id}`, contractBody(1_200_000_00, 100_000_00), { as: d.buyer.cookie })
    ).json();
    expect(changed).toMatchObject({ sellerConfirmedAt: null, techTradeFen: 1_100_000_00 });
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    const signed = (await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.buyer.cookie })).json();
    expect(signed.status).toBe('signed');
    const after = await api.put(`/api/v1/market/contracts/${c.id}`, contractBody(1_200_000_00), {
      as: d.seller.cookie,
    });
    expect(after.json().error.code).toBe('market.contract_signed');
    // The database holds the same rules.
    await expect(t.db.execute(sql`UPDATE market_contracts SET amount_fen = 1 WHERE id = ${c.id}`)).rejects.toThrow();
    await expect(
      t.db.execute(sql`UPDATE market_contracts SET non_technical_fen = 0 WHERE id = ${c.id}`),
    ).rejects.toThrow();
  });
});
