import { addDays, patentCheckChar, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { dealKit } from './deals.test-kit.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, upload, contractBody } = dealKit(() => ({ t, admin }));
const today = shanghaiDate(new Date());

let serial = 700;
function patentNo(type: '1' | '2'): string {
  const digits = `2022${type}${String(serial++).padStart(7, '0')}`;
  return `${digits}.${patentCheckChar(digits)}`;
}

/** A patent of the member `cookie`'s organisation, verified by the administration unless `pending`. */
async function patent(
  cookie: string,
  o: { kind: 'invention' | 'utility_model'; expiresOn: string; pending?: boolean },
) {
  const created = await api.post(
    '/api/v1/ip/records',
    {
      kind: o.kind,
      number: patentNo(o.kind === 'invention' ? '1' : '2'),
      title: o.kind === 'invention' ? '示例钙钛矿薄膜低温制备方法' : '示例光伏组件清洁机器人行走机构',
      holders: '示例科技有限公司',
      appliedOn: '2022-03-01',
      grantedOn: '2023-06-10',
      expiresOn: o.expiresOn,
      legalStatus: 'valid',
      acquisition: 'own',
    },
    { as: cookie },
  );
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as number;
  if (o.pending) return { id, number: created.json().number as string };
  await api.put(
    `/api/v1/ip/records/${id}/certificate`,
    { certificate: await upload(cookie, `证书 ${id}`) },
    { as: cookie },
  );
  const v = await api.post(`/api/v1/ip/records/${id}/verification`, { decision: 'verify' }, { as: admin });
  expect(v.statusCode, v.body).toBe(200);
  return { id, number: created.json().number as string };
}

const licenceBody = (ipRecordId: number, o: Record<string, unknown> = {}) => ({
  ipRecordId,
  annualFen: 3_000_000,
  paymentTerms: '示例：每个许可年度开始后 30 日内支付',
  minYears: 1,
  ...o,
});

describe('专利超市 and 开放许可', () => {
  it('lists the verified patents of published achievements, declares, takes and withdraws open licences', async () => {
    const seller = await enterpriseWithUser(t);
    const buyer = await enterpriseWithUser(t);
    const inv = await patent(seller.cookie, { kind: 'invention', expiresOn: '2042-02-28' });
    const util = await patent(seller.cookie, { kind: 'utility_model', expiresOn: addDays(today, 900) });
    const pending = await patent(seller.cookie, { kind: 'invention', expiresOn: '2042-02-28', pending: true });
    const a = (
      await api.post(
        '/api/v1/market/achievements',
        {
          title: '示例钙钛矿薄膜与组件清洁技术包',
          summary: '示例成果：钙钛矿薄膜低温制备与光伏组件清洁机器人，两项专利可许可使用。',
          field: 'energy',
          stage: 'mature',
          transferModes: ['transfer', 'licence'],
          priceFen: 100_000_000,
          ipRecordIds: [inv.id, util.id, pending.id],
        },
        { as: seller.cookie },
      )
    ).json();
    // Not published yet: nothing is on the market, and no open licence can be declared.
    const early = await api.post(`/api/v1/market/achievements/${a.id}/open-licences`, licenceBody(inv.id), {
      as: seller.cookie,
    });
    expect(early.json().error.code).toBe('market.patent_not_listed');
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
    await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });

    // The market lists the two verified patents, not the pending one.
    const listed = (await api.get(`/api/v1/market/patents?achievementId=${a.id}`)).json();
    expect(listed.items.map((p: { ipRecordId: number }) => p.ipRecordId).sort()).toEqual([inv.id, util.id].sort());
    expect((await api.get(`/api/v1/market/patents?q=${inv.number.slice(0, 12)}`)).json().total).toBe(1);
    expect(
      (await api.get(`/api/v1/market/patents?achievementId=${a.id}&kind=utility_model`)).json().items,
    ).toHaveLength(1);

    // Declarations: only the holder; a utility model needs its 专利权评价报告; one in force per patent.
    const url = `/api/v1/market/achievements/${a.id}/open-licences`;
    expect((await api.post(url, licenceBody(inv.id), { as: buyer.cookie })).statusCode).toBe(404);
    expect((await api.post(url, licenceBody(pending.id), { as: seller.cookie })).json().error.code).toBe(
      'market.patent_not_licensable',
    );
    expect((await api.post(url, licenceBody(util.id), { as: seller.cookie })).json().error.code).toBe(
      'market.evaluation_report',
    );
    expect(
      (await api.post(url, licenceBody(inv.id, { annualFen: 0, royaltyPermille: null }), { as: seller.cookie }))
        .statusCode,
    ).toBe(400);
    expect((await api.post(url, licenceBody(util.id, { minYears: 3 }), { as: seller.cookie })).statusCode).toBe(422);
    const report = await upload(seller.cookie, '专利权评价报告');
    const utilLicence = await api.post(url, licenceBody(util.id, { evaluationReport: report, annualFen: 1_000_000 }), {
      as: seller.cookie,
    });
    expect(utilLicence.statusCode, utilLicence.body).toBe(201);
    expect(utilLicence.json().evaluationReport).toMatchObject({ hash: report });
    const declared = await api.post(url, licenceBody(inv.id, { royaltyPermille: 15, minYears: 2 }), {
      as: seller.cookie,
    });
    expect(declared.statusCode, declared.body).toBe(201);
    const licence = declared.json();
    expect(licence).toMatchObject({ status: 'declared', annualFen: 3_000_000, royaltyPermille: 15, minYears: 2 });
    expect((await api.post(url, licenceBody(inv.id), { as: seller.cookie })).json().error.code).toBe(
      'market.open_licence_declared',
    );
    const withLicence = (await api.get('/api/v1/market/patents?openLicence=true&q=示例钙钛矿薄膜低温')).json();
    expect(withLicence.items.find((p: { ipRecordId: number }) => p.ipRecordId === inv.id)?.openLicence?.id).toBe(
      licence.id,
    );

    // Taking it: at least the declared minimum, within the patent's term; not one's own.
    const take = (cookie: string, years: number, id = licence.id) =>
      api.post(
        `/api/v1/market/open-licences/${id}/take`,
        { years, message: '示例：我司依声明实施该专利。' },
        { as: cookie },
      );
    expect((await take(buyer.cookie, 1)).json().error.code).toBe('market.licence_term');
    expect((await take(buyer.cookie, 3, utilLicence.json().id)).json().error.code).toBe('market.licence_term');
    expect((await take(seller.cookie, 2)).json().error.code).toBe('market.own_achievement');
    const taken = await take(buyer.cookie, 3);
    expect(taken.statusCode, taken.body).toBe(201);
    const dealId = taken.json().dealId as number;
    const deal = (await api.get(`/api/v1/market/deals/${dealId}`, { as: buyer.cookie })).json();
    expect(deal).toMatchObject({
      status: 'agreed',
      agreedFen: 9_000_000,
      openLicenceId: licence.id,
      licenceYears: 3,
      contractable: true,
      side: 'buyer',
    });
    expect(deal.messages[0].body).toContain('依声明实施');
    expect((await take(buyer.cookie, 2)).json().error.code).toBe('market.deal_open');

    // Its contract is a 技术许可 contract.
    const transfer = await api.post(`/api/v1/market/deals/${dealId}/contract`, contractBody(9_000_000), {
      as: seller.cookie,
    });
    expect(transfer.json().error.code).toBe('market.open_licence_contract');
    const contract = await api.post(
      `/api/v1/market/deals/${dealId}/contract`,
      { ...contractBody(9_000_000), kind: 'licence', title: '示例钙钛矿薄膜低温制备方法专利实施许可合同' },
      { as: seller.cookie },
    );
    expect(contract.statusCode, contract.body).toBe(201);
    const changed = await api.put(
      `/api/v1/market/contracts/${contract.json().id}`,
      { ...contractBody(9_000_000), title: '示例改为转让合同' },
      { as: buyer.cookie },
    );
    expect(changed.json().error.code).toBe('market.open_licence_contract');

    // Withdrawal: only the holder; licences taken stay, no new one is taken.
    const withdraw = (cookie: string) =>
      api.post(
        `/api/v1/market/open-licences/${licence.id}/withdraw`,
        { reason: '示例：转为独占许可谈判' },
        { as: cookie },
      );
    expect((await withdraw(buyer.cookie)).statusCode).toBe(404);
    const withdrawn = await withdraw(seller.cookie);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawReason: '示例：转为独占许可谈判', taken: 1 });
    expect((await withdraw(seller.cookie)).json().error.code).toBe('market.open_licence_withdrawn');
    const other = await enterpriseWithUser(t);
    expect((await take(other.cookie, 2)).json().error.code).toBe('market.open_licence_withdrawn');
    const after = (await api.get(`/api/v1/market/patents?achievementId=${a.id}`)).json();
    expect(after.items.find((p: { ipRecordId: number }) => p.ipRecordId === inv.id)?.openLicence).toBeNull();
    expect((await api.get(`/api/v1/market/deals/${dealId}`, { as: buyer.cookie })).json().status).toBe('contracted');
    // The holder sees its declarations, withdrawn ones included; the export holds the list.
    const own = (await api.get(`/api/v1/market/achievements/${a.id}/open-licences`, { as: seller.cookie })).json();
    expect(own.map((l: { status: string }) => l.status).sort()).toEqual(['declared', 'withdrawn']);
    const xlsx = await api.get(`/api/v1/market/patents/export.xlsx?achievementId=${a.id}`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toMatch(/patents-\d{4}-\d{2}-\d{2}\.xlsx/);
  });

  it('keeps declared terms fixed in the database, and a taken licence never on notice', async () => {
    const { rows } = await t.db.execute(sql`SELECT id FROM market_open_licences ORDER BY id LIMIT 1`);
    const id = (rows[0] as { id: number }).id;
    const refusal = (q: ReturnType<typeof sql>) =>
      t.db.execute(q).then(
        () => 'accepted',
        (e: { cause?: { message?: string } }) => e.cause?.message ?? '',
      );
    expect(await refusal(sql`UPDATE market_open_licences SET annual_fen = 1 WHERE id = ${id}`)).toMatch(/fixed/);
    expect(await refusal(sql`DELETE FROM market_open_licences WHERE id = ${id}`)).toMatch(/kept/);
    expect(
      await refusal(sql`UPDATE market_deals SET status = 'notice', notice_from = current_date, notice_until = current_date
                        WHERE open_licence_id IS NOT NULL`),
    ).toMatch(/market_deals_open_licence|cannot go/);
  });
});
