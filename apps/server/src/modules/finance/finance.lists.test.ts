import { patentCheckChar } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { listIds, walkPages } from '../../../test/paging.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit } from './finance.test-kit.ts';

// The finance lists of institutions, cases, IP pledges, consents and their reads page on the server, search by
// name and export what they find; each as the caller may see it. Friday 2026-03-27, 10:00 in Shanghai.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
const { api, institution, published, exported } = financeKit(() => ({ t, admin }));
const q = encodeURIComponent;
// Letters only: a tag that no other row of this file's database carries.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const names = {
  bank: `示例列表银行${tag}`,
  bank2: `示例列表第二银行${tag}`,
  vc: `示例列表创投${tag}`,
  e1: `示例列表甲企业${tag}`,
  e2: `示例列表乙企业${tag}`,
  product: `示例列表信用贷${tag}`,
};

type Party = Awaited<ReturnType<typeof institution>>;
let bank: Party;
let bank2: Party;
let e1: { id: number; cookie: string };
let e2: { id: number; cookie: string };
/** Needs and cases: two of e1, one of e2, claimed by `bank`; a pledge on each case. */
const needs: number[] = [];
const cases: number[] = [];
const pledges: number[] = [];
const patentNumbers: string[] = [];

let serial = 3000;
async function patent(orgId: number) {
  const digits = `20241${String(serial++).padStart(7, '0')}`;
  const number = `${digits}.${patentCheckChar(digits)}`;
  const { rows } = await t.db.execute(sql`
    INSERT INTO ip_records (org_id, kind, number, title, holders, applied_on, granted_on, legal_status, acquisition,
                            verification, verified_at)
    VALUES (${orgId}, 'invention', ${number}, '示例列表质押专利', '示例', '2023-01-01', '2024-06-01', 'valid', 'own',
            'verified', now())
    RETURNING id`);
  patentNumbers.push(number);
  return Number((rows[0] as { id: number }).id);
}

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
  bank = await institution(names.bank);
  bank2 = await institution(names.bank2);
  await institution(names.vc, 'investment');
  const productId = await published(bank.cookie, { name: names.product });
  const s = await seed(t, {
    organisations: [
      { key: 'e1', name: names.e1 },
      { key: 'e2', name: names.e2 },
    ],
    users: [
      { role: 'enterprise', org: 'e1', login: true },
      { role: 'enterprise', org: 'e2', login: true },
    ],
  });
  e1 = { id: s.organisations[0]?.id as number, cookie: s.users[0]?.cookie as string };
  e2 = { id: s.organisations[1]?.id as number, cookie: s.users[1]?.cookie as string };
  for (const ent of [e1, e1, e2]) {
    const need = await api.post(
      '/api/v1/finance/needs',
      {
        amountFen: 100_000_000,
        termMonths: 12,
        purpose: 'working_capital',
        purposeText: '示例：补充流动资金，采购原材料。',
        guaranteeOffered: ['credit'],
        neededBy: '2026-12-31',
      },
      { as: ent.cookie },
    );
    expect(need.statusCode, need.body).toBe(201);
    needs.push(need.json().id);
    const claimed = await api.post(`/api/v1/finance/needs/${need.json().id}/claim`, { productId }, { as: bank.cookie });
    expect(claimed.statusCode, claimed.body).toBe(201);
    cases.push(claimed.json().id);
    const pledge = await api.post(
      '/api/v1/finance/pledges',
      { caseId: claimed.json().id, patentIds: [await patent(ent.id)] },
      { as: bank.cookie },
    );
    expect(pledge.statusCode, pledge.body).toBe(201);
    pledges.push(pledge.json().id);
  }
});
afterAll(() => t.close());

describe('the institutions of the supermarket', () => {
  it('export as Excel for anyone, with the search of the list and the kinds in words', async () => {
    const rows = await exported(
      `/api/v1/finance/institutions/export.xlsx?q=${q(tag)}`,
      undefined,
      'finance-institutions',
    );
    expect(rows.map((r) => r['机构 Institution']).sort()).toEqual([names.bank, names.bank2, names.vc].sort());
    expect(rows.find((r) => r['机构 Institution'] === names.vc)).toMatchObject({
      '类型 Kind': '投资机构',
      '科技专业支行 Tech branches': 1,
      '联系人 Contact': '示例联系人',
    });
    const banks = await exported(
      `/api/v1/finance/institutions/export.xlsx?q=${q(tag)}&kind=bank`,
      undefined,
      'finance-institutions',
    );
    expect(banks).toHaveLength(2);
  });
});

describe('loan cases', () => {
  it('are found by a part of the enterprise’s, the institution’s or the product’s name, and exported so', async () => {
    const path = '/api/v1/finance/cases?scope=institution';
    expect(await listIds(api, `${path}&q=${q(names.e2)}`, bank.cookie)).toEqual([cases[2]]);
    expect((await listIds(api, `${path}&q=${q(names.product)}`, bank.cookie)).sort()).toEqual([...cases].sort());
    expect(await listIds(api, `/api/v1/finance/cases?scope=all&q=${q(names.bank2)}`, admin)).toEqual([]);
    expect(await listIds(api, `/api/v1/finance/cases?scope=mine&q=${q(names.bank)}`, e2.cookie)).toEqual([cases[2]]);
    const rows = await exported(
      `/api/v1/finance/cases/export.xlsx?scope=institution&q=${q(names.e2)}`,
      bank.cookie,
      'loan-cases',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '企业 Enterprise': names.e2,
      '状态 Status': '已认领',
      '产品 Product': names.product,
    });
  });
});

describe('IP pledges', () => {
  it('page on the server: page 2 holds the rest, the total is every pledge of the scope', async () => {
    const { total, keys } = await walkPages(api, '/api/v1/finance/pledges?scope=institution', bank.cookie, 2);
    expect(total).toBe(3);
    expect(keys).toEqual([...pledges].reverse());
    const second = await api.get('/api/v1/finance/pledges?scope=institution&page=2&pageSize=2', { as: bank.cookie });
    expect(second.json()).toMatchObject({ total: 3, page: 2, items: [{ id: pledges[0] }] });
  });

  it('are found by a part of a party’s name, each caller seeing only the pledges it saw before', async () => {
    expect(await listIds(api, `/api/v1/finance/pledges?scope=institution&q=${q(names.e2)}`, bank.cookie)).toEqual([
      pledges[2],
    ]);
    expect((await listIds(api, `/api/v1/finance/pledges?scope=all&q=${q(names.bank)}`, admin)).length).toBe(3);
    expect(await listIds(api, `/api/v1/finance/pledges?scope=institution`, bank2.cookie)).toEqual([]);
    expect((await listIds(api, `/api/v1/finance/pledges?scope=mine`, e1.cookie)).sort()).toEqual(
      [pledges[0], pledges[1]].sort(),
    );
    expect((await api.get('/api/v1/finance/pledges?scope=all', { as: bank.cookie })).statusCode).toBe(403);
  });

  it('export what the list finds, with the patents, the status in words and money in yuan', async () => {
    const rows = await exported(
      `/api/v1/finance/pledges/export.xlsx?scope=institution&q=${q(names.e2)}`,
      bank.cookie,
      'ip-pledges',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '编号 ID': pledges[2],
      '企业 Enterprise': names.e2,
      '机构 Institution': names.bank,
      '状态 Status': '评估中',
      '逾期登记 Late': '否 No',
      '授信额度(元) Approved': '',
    });
    expect(String(rows[0]?.['质押专利 Patents'])).toContain(patentNumbers[2]);
    expect((await api.get('/api/v1/finance/pledges/export.xlsx?scope=all', { as: e1.cookie })).statusCode).toBe(403);
  });
});

describe('consents and the reads under them', () => {
  beforeAll(async () => {
    const given = [
      { as: e1.cookie, institutionOrgIds: [bank.org.id, bank2.org.id], needId: null },
      { as: e2.cookie, institutionOrgIds: [bank.org.id], needId: needs[2] },
    ];
    for (const g of given) {
      const res = await api.post(
        '/api/v1/finance/consents',
        {
          institutionOrgIds: g.institutionOrgIds,
          scopes: ['indicators', 'ip'],
          validUntil: '2026-12-31',
          needId: g.needId,
        },
        { as: g.as },
      );
      expect(res.statusCode, res.body).toBe(201);
    }
    // Three reads of e1's facts: two by the bank, one by the second bank.
    for (const who of [bank, bank, bank2])
      expect((await api.get(`/api/v1/finance/enterprises/${e1.id}/facts`, { as: who.cookie })).statusCode).toBe(200);
  });

  it('page the consents an institution received, and find them by the enterprise or the need', async () => {
    const { total } = await walkPages(api, '/api/v1/finance/consents?scope=received', bank.cookie, 1);
    expect(total).toBe(2);
    const found = await api.get(`/api/v1/finance/consents?scope=received&q=${q(names.e2)}`, { as: bank.cookie });
    expect(found.json()).toMatchObject({ total: 1, items: [{ orgName: names.e2, needId: needs[2] }] });
    expect(
      (await api.get(`/api/v1/finance/consents?scope=received&needId=${needs[2]}`, { as: bank.cookie })).json().total,
    ).toBe(1);
    const mine = await api.get(`/api/v1/finance/consents?scope=mine&q=${q(names.bank2)}`, { as: e1.cookie });
    expect(mine.json()).toMatchObject({ total: 1, items: [{ institutionName: names.bank2 }] });
    expect((await api.get('/api/v1/finance/consents?scope=received', { as: e1.cookie })).statusCode).toBe(403);
  });

  it('export the consents with their scopes and state in words', async () => {
    const rows = await exported('/api/v1/finance/consents/export.xlsx?scope=mine', e1.cookie, 'finance-consents');
    expect(rows.map((r) => r['机构 Institution']).sort()).toEqual([names.bank, names.bank2].sort());
    expect(rows.find((r) => r['机构 Institution'] === names.bank2)).toMatchObject({
      '企业 Enterprise': names.e1,
      '授权范围 Scopes': '经营指标、知识产权',
      '截止日期 Valid until': '2026-12-31',
      '状态 Status': '有效',
      '查看次数 Reads': 1,
    });
  });

  it('page the reads of my facts, find them by the institution, and export them', async () => {
    const { total } = await walkPages(api, '/api/v1/finance/consent-reads', e1.cookie, 2);
    expect(total).toBe(3);
    const found = await api.get(`/api/v1/finance/consent-reads?q=${q(names.bank2)}`, { as: e1.cookie });
    expect(found.json()).toMatchObject({ total: 1, items: [{ institutionName: names.bank2 }] });
    const rows = await exported(
      `/api/v1/finance/consent-reads/export.xlsx?q=${q(names.bank)}`,
      e1.cookie,
      'finance-fact-reads',
    );
    expect(rows.map((r) => r['机构 Institution'])).toEqual([names.bank, names.bank]);
    expect(rows[0]).toMatchObject({
      '查看范围 Scopes': '经营指标、知识产权',
      '查看时间 Read at': '2026-03-27 10:00:00',
    });
    expect(await exported('/api/v1/finance/consent-reads/export.xlsx', e2.cookie, 'finance-fact-reads')).toEqual([]);
  });
});
