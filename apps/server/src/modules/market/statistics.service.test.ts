import { withUsccCheck } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

const clock = fixedClock(new Date('2026-06-10T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

/** A registered contract of `kind` for `amountFen` with `costFen` of equipment, between two new enterprises. */
async function registered(kind: string, field: string, amountFen: number, costFen: number, buyerDivision?: string) {
  const seller = await enterpriseWithUser(t);
  const buyer = await enterpriseWithUser(t);
  if (buyerDivision)
    await t.db.execute(
      sql`UPDATE organisations SET uscc = ${withUsccCheck(`91${buyerDivision}MA0ABCDE${String(buyer.org.id % 10)}`)} WHERE id = ${buyer.org.id}`,
    );
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title: `示例统计用成果${kind}${amountFen}`,
        summary: '示例成果：用于技术交易统计测试的虚构成果，含完整的技术方案与转化条件说明。',
        field,
        stage: 'mature',
        transferModes: ['transfer'],
        priceFen: amountFen,
      },
      { as: seller.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  const d = (
    await api.post('/api/v1/market/deals', { achievementId: a.id, message: '示例询价' }, { as: buyer.cookie })
  ).json();
  await api.post(
    `/api/v1/market/deals/${d.id}/messages`,
    { body: '示例报价', offerFen: amountFen },
    { as: seller.cookie },
  );
  await api.post(`/api/v1/market/deals/${d.id}/offer-answer`, { accept: true }, { as: buyer.cookie });
  const file = (
    await api.post('/api/v1/uploads?name=c.pdf', Buffer.from(`%PDF-1.4 ${kind}${amountFen}`), {
      as: seller.cookie,
      headers: { 'content-type': 'application/pdf' },
    })
  ).json().hash;
  const c = (
    await api.post(
      `/api/v1/market/deals/${d.id}/contract`,
      {
        kind,
        title: `示例统计用合同${kind}`,
        amountFen,
        nonTechnical: costFen ? [{ kind: 'equipment', description: '示例设备', amountFen: costFen }] : [],
        payments: [{ dueOn: '2026-12-31', amountFen }],
        signedFile: file,
      },
      { as: seller.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: seller.cookie });
  await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: buyer.cookie });
  const r = (await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: seller.cookie })).json();
  const done = await api.post(`/api/v1/market/registrations/${r.id}/decision`, { decision: 'register' }, { as: admin });
  expect(done.json().status).toBe('registered');
}

describe('技术交易统计', () => {
  it('sums registered contracts by kind, field, seller kind and buyer region, and measures the ×4 target', async () => {
    await registered('transfer', 'energy', 3_000_000_00, 500_000_00); // 技术交易额 250万, a buyer in 长治
    await registered('development', 'materials', 1_000_000_00, 0, '140100'); // 太原: elsewhere in the province
    await registered('development', 'energy', 400_000_00, 0, '110108'); // 北京: outside
    const before = (await api.get('/api/v1/market/settings', { as: admin })).json();
    // The zone's base: 2025's 技术交易额 of 500万元, to be four times that in 2026.
    const set = await api.put(
      '/api/v1/market/settings',
      { ...before, tradeBaseYear: 2025, tradeBaseFen: 5_000_000_00, tradeTargetMultiple: 4, tradeTargetYear: 2026 },
      { as: admin },
    );
    expect(set.statusCode).toBe(200);
    const s = (await api.get('/api/v1/market/statistics?year=2026', { as: admin })).json();
    expect(s.years).toEqual([{ key: '2026', contracts: 3, amountFen: 4_400_000_00, techTradeFen: 3_900_000_00 }]);
    expect(s.byKind).toEqual([
      { key: 'transfer', contracts: 1, amountFen: 3_000_000_00, techTradeFen: 2_500_000_00 },
      { key: 'development', contracts: 2, amountFen: 1_400_000_00, techTradeFen: 1_400_000_00 },
    ]);
    expect(s.byField).toEqual([
      { key: 'energy', contracts: 2, amountFen: 3_400_000_00, techTradeFen: 2_900_000_00 },
      { key: 'materials', contracts: 1, amountFen: 1_000_000_00, techTradeFen: 1_000_000_00 },
    ]);
    expect(s.bySellerKind).toEqual([
      { key: 'enterprise', contracts: 3, amountFen: 4_400_000_00, techTradeFen: 3_900_000_00 },
    ]);
    expect(s.byBuyerRegion).toEqual([
      { key: 'city', contracts: 1, amountFen: 3_000_000_00, techTradeFen: 2_500_000_00 },
      { key: 'province', contracts: 1, amountFen: 1_000_000_00, techTradeFen: 1_000_000_00 },
      { key: 'other', contracts: 1, amountFen: 400_000_00, techTradeFen: 400_000_00 },
    ]);
    expect(s.target).toEqual({
      baseYear: 2025,
      baseFen: 5_000_000_00,
      multiple: 4,
      targetYear: 2026,
      targetFen: 20_000_000_00,
      reachedYear: 2026,
      reachedFen: 3_900_000_00,
      progress: 3_900_000_00 / 20_000_000_00,
    });
    // Another year has nothing yet; a member may not read the figures; the workbook comes with them.
    const empty = (await api.get('/api/v1/market/statistics?year=2025', { as: admin })).json();
    expect(empty.byKind).toEqual([]);
    const member = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/market/statistics', { as: member.cookie })).statusCode).toBe(403);
    const xlsx = await api.get('/api/v1/market/statistics/export.xlsx?year=2026', { as: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // A target year before its base is refused.
    const bad = await api.put(
      '/api/v1/market/settings',
      { ...before, tradeBaseYear: 2026, tradeTargetYear: 2025 },
      { as: admin },
    );
    expect(bad.statusCode).toBe(400);
  });
});
