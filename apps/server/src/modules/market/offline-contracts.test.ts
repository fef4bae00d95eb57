import { withUsccCheck } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { dealKit } from './deals.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, upload, contractBody } = dealKit(() => ({ t, admin }));

/** A valid USCC of a company registered in 太原 (province 14, city 01): outside the zone's city, inside its province. */
const taiyuan = withUsccCheck('91140100MA0K7XYW0');

const offlineBody = async (cookie: string, o: Record<string, unknown> = {}) => ({
  ...contractBody(2_000_000_00, 500_000_00),
  title: '示例线下签订的煤矸石制砖技术转让合同',
  field: 'environment',
  buyerName: '示例太原建材有限公司',
  buyerUscc: taiyuan,
  signedFile: await upload(cookie, '线下合同'),
  ...o,
});

describe('技术合同认定登记 of contracts signed outside the platform', () => {
  it('records the contract signed with its scan, registers it, and counts it by field and buyer region', async () => {
    const seller = await enterpriseWithUser(t);
    const noScan = await api.post(
      '/api/v1/market/contracts/offline',
      { ...(await offlineBody(seller.cookie)), signedFile: null },
      { as: seller.cookie },
    );
    expect(noScan.statusCode).toBe(400);
    const badUscc = await api.post(
      '/api/v1/market/contracts/offline',
      await offlineBody(seller.cookie, { buyerUscc: '91140100MA0K7XYZ01' }),
      { as: seller.cookie },
    );
    expect(badUscc.statusCode).toBe(400);
    const recorded = await api.post('/api/v1/market/contracts/offline', await offlineBody(seller.cookie), {
      as: seller.cookie,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const c = recorded.json();
    expect(c).toMatchObject({
      dealId: null,
      offline: true,
      status: 'signed',
      buyerOrgId: null,
      buyerName: '示例太原建材有限公司',
      buyerUscc: taiyuan,
      side: 'seller',
      techTradeFen: 1_500_000_00,
    });
    // Signed on the seller's record: nothing to confirm or change.
    expect((await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: seller.cookie })).statusCode).toBe(
      409,
    );
    // Another organisation does not see it.
    const other = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/market/contracts/${c.id}`, { as: other.cookie })).statusCode).toBe(404);

    const applied = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: seller.cookie });
    expect(applied.statusCode, applied.body).toBe(201);
    const registered = await api.post(
      `/api/v1/market/registrations/${applied.json().id}/decision`,
      { decision: 'register' },
      { as: admin },
    );
    expect(registered.statusCode, registered.body).toBe(200);
    expect(registered.json()).toMatchObject({ status: 'registered', buyerName: '示例太原建材有限公司' });
    const pdf = await api.get(`/api/v1/market/registrations/${applied.json().id}/certificate.pdf`, {
      as: seller.cookie,
    });
    expect(pdf.statusCode).toBe(200);

    const s = (await api.get('/api/v1/market/statistics?year=2026', { as: admin })).json();
    expect(s.byField.find((f: { key: string }) => f.key === 'environment')?.techTradeFen).toBe(1_500_000_00);
    expect(s.byBuyerRegion.find((f: { key: string }) => f.key === 'province')?.techTradeFen).toBe(1_500_000_00);
  });

  it('links the buyer found on the platform by its USCC, who then reads it; never the seller itself', async () => {
    const seller = await enterpriseWithUser(t);
    const buyer = await enterpriseWithUser(t);
    const { rows } = await t.db.execute(sql`SELECT uscc FROM organisations WHERE id = ${buyer.org.id}`);
    const uscc = String(rows[0]?.uscc);
    const c = (
      await api.post(
        '/api/v1/market/contracts/offline',
        await offlineBody(seller.cookie, { buyerName: '示例任意填写', buyerUscc: uscc }),
        { as: seller.cookie },
      )
    ).json();
    expect(c).toMatchObject({ buyerOrgId: buyer.org.id, buyerUscc: null });
    expect(c.buyerName).not.toBe('示例任意填写');
    const read = await api.get(`/api/v1/market/contracts/${c.id}`, { as: buyer.cookie });
    expect(read.json()).toMatchObject({ side: 'buyer', offline: true });
    const { rows: own } = await t.db.execute(sql`SELECT uscc FROM organisations WHERE id = ${seller.org.id}`);
    const self = await api.post(
      '/api/v1/market/contracts/offline',
      await offlineBody(seller.cookie, { buyerUscc: String(own[0]?.uscc) }),
      { as: seller.cookie },
    );
    expect(self.json().error.code).toBe('market.offline_own_buyer');
    // The database holds the rules too: an offline contract always names its buyer, and keeps its scan.
    const refusal = (q: ReturnType<typeof sql>) =>
      t.db.execute(q).then(
        () => 'accepted',
        (e: { cause?: { message?: string } }) => e.cause?.message ?? '',
      );
    expect(await refusal(sql`UPDATE market_contracts SET buyer_org_id = NULL WHERE id = ${c.id}`)).toMatch(
      /market_contracts_buyer/,
    );
    expect(await refusal(sql`UPDATE market_contracts SET signed_file = NULL WHERE id = ${c.id}`)).toMatch(
      /market_contracts_offline_signed/,
    );
  });
});
