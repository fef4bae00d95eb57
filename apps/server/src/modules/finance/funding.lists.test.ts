import { DEFAULT_POOL_PARAMS } from '@cz/shared/finance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { listIds, walkPages } from '../../../test/paging.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit } from './finance.test-kit.ts';

// The lists of risk-compensation pools and their claims, 银企对接会, guide funds and investments page on the server,
// search by name and export what they find, each as the caller may see it. Friday 2026-03-27, 10:00 in Shanghai.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
const { api, institution, published, nonPerformingLoan, exported } = financeKit(() => ({ t, admin }));
const q = encodeURIComponent;
// Letters only: a tag that no other row of this file's database carries.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
const names = {
  bank: `示例资金银行${tag}`,
  bank2: `示例资金第二银行${tag}`,
  vc: `示例资金创投${tag}`,
  e1: `示例资金甲企业${tag}`,
  e2: `示例资金乙企业${tag}`,
};

type Party = Awaited<ReturnType<typeof institution>>;
let bank: Party;
let bank2: Party;
let vc: Party;
let e1: { id: number; cookie: string };
let e2: { id: number; cookie: string };

beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
  bank = await institution(names.bank);
  bank2 = await institution(names.bank2);
  vc = await institution(names.vc, 'investment');
  await published(bank.cookie, { name: `示例资金信用贷${tag}` });
  // Registered in 2022 in manufacturing: 初创期 for the investor's profile below.
  const s = await seed(t, {
    organisations: [
      { key: 'e1', name: names.e1, foundedOn: '2022-06-01', industry: 'C' },
      { key: 'e2', name: names.e2, foundedOn: '2022-06-01', industry: 'C' },
    ],
    users: [
      { role: 'enterprise', org: 'e1', login: true },
      { role: 'enterprise', org: 'e2', login: true },
    ],
  });
  e1 = { id: s.organisations[0]?.id as number, cookie: s.users[0]?.cookie as string };
  e2 = { id: s.organisations[1]?.id as number, cookie: s.users[1]?.cookie as string };
});
afterAll(() => t.close());

describe('risk-compensation pools, their whitelists and claims', () => {
  const pools: number[] = [];
  const claims: number[] = [];
  beforeAll(async () => {
    for (const [n, institutionIds] of [
      ['一', []],
      ['二', []],
      ['三', [bank2.org.id]],
    ] as const) {
      const res = await api.post(
        '/api/v1/finance/pools',
        { name: `示例资金池${tag}-${n}`, params: DEFAULT_POOL_PARAMS, institutionIds },
        { as: admin },
      );
      expect(res.statusCode, res.body).toBe(201);
      pools.push(res.json().id);
    }
    expect((await api.post(`/api/v1/finance/pools/${pools[0]}/whitelist`, {}, { as: admin })).statusCode).toBe(200);
    for (const ent of [e1, e2]) {
      const caseId = await nonPerformingLoan(bank.cookie, ent.cookie, 100_000_000, '2026-03-27');
      const res = await api.post(
        `/api/v1/finance/pools/${pools[0]}/claims`,
        { caseId, lossFen: 50_000_000, guaranteed: false, pureCredit: true, ipPledge: false },
        { as: bank.cookie },
      );
      expect(res.statusCode, res.body).toBe(201);
      claims.push(res.json().id);
    }
  });

  it('page the pools on the server, each lender seeing those that cover it', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/finance/pools?q=${q(tag)}`, admin, 2);
    expect([total, keys]).toEqual([3, [...pools].reverse()]);
    expect(await listIds(api, `/api/v1/finance/pools?q=${q(`${tag}-二`)}`, admin)).toEqual([pools[1]]);
    expect((await api.get(`/api/v1/finance/pools?q=${q(tag)}`, { as: bank.cookie })).json().total).toBe(2);
    expect((await api.get('/api/v1/finance/pools', { as: e1.cookie })).statusCode).toBe(403);
  });

  it('export the pools with their balances in yuan and the lenders covered in words', async () => {
    const rows = await exported(`/api/v1/finance/pools/export.xlsx?q=${q(tag)}`, admin, 'risk-pools');
    expect(rows.map((r) => r['编号 ID'])).toEqual([...pools].reverse());
    expect(rows[0]).toMatchObject({
      '资金池 Pool': `示例资金池${tag}-三`,
      '状态 Status': '运行中',
      '可用余额(元) Available': 0,
      '覆盖机构 Lenders covered': '1 家金融机构',
    });
    expect(rows[2]).toMatchObject({ '覆盖机构 Lenders covered': '全部金融机构', '白名单企业 Whitelisted': 2 });
  });

  it('export a pool’s whitelist with the search of its list, for the office and the lenders only', async () => {
    const path = `/api/v1/finance/pools/${pools[0]}/members/export.xlsx?q=${q(names.e2)}`;
    const rows = await exported(path, admin, `risk-pool-${pools[0]}-whitelist`);
    expect(rows).toEqual([{ '企业编号 Enterprise ID': e2.id, '企业 Enterprise': names.e2, '结果 Result': '符合' }]);
    expect((await api.get(path, { as: e2.cookie })).statusCode).toBe(403);
  });

  it('find claims by a part of the enterprise’s, the lender’s or the pool’s name, and export them', async () => {
    expect(await listIds(api, `/api/v1/finance/pool-claims?scope=all&q=${q(names.e2)}`, admin)).toEqual([claims[1]]);
    const byPool = await api.get(`/api/v1/finance/pool-claims?scope=all&q=${q(`${tag}-一`)}`, { as: admin });
    expect(byPool.json().total).toBe(2);
    expect(await listIds(api, `/api/v1/finance/pool-claims?scope=institution&q=${q(names.e1)}`, bank.cookie)).toEqual([
      claims[0],
    ]);
    expect(await listIds(api, '/api/v1/finance/pool-claims?scope=institution', bank2.cookie)).toEqual([]);
    const rows = await exported(
      `/api/v1/finance/pool-claims/export.xlsx?scope=all&q=${q(names.e2)}`,
      admin,
      'compensation-claims',
    );
    // 30 % direct + 5 first loan + 5 pure credit = 40 % of 50万元.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '企业 Enterprise': names.e2,
      '机构 Institution': names.bank,
      '损失金额(元) Loss': 500000,
      '首贷 First loan': '是 Yes',
      '有担保 Guaranteed': '否 No',
      '补偿比例 Share': '40%',
      '补偿金额(元) Amount': 200000,
      '状态 Status': '待初审',
      '提交时间 Submitted': '2026-03-27 10:00:00',
    });
    expect((await api.get('/api/v1/finance/pool-claims/export.xlsx?scope=all', { as: bank.cookie })).statusCode).toBe(
      403,
    );
  });
});

describe('银企对接会', () => {
  const events: number[] = [];
  beforeAll(async () => {
    // The first one is on now (08:30–11:30 in Shanghai); the others are to come.
    for (const [n, venue, startsAt, endsAt] of [
      ['一', '会场', '2026-03-27T00:30:00.000Z', '2026-03-27T03:30:00.000Z'],
      ['二', '会场', '2026-04-10T01:00:00.000Z', '2026-04-10T04:00:00.000Z'],
      ['三', '路演厅', '2026-05-08T01:00:00.000Z', '2026-05-08T04:00:00.000Z'],
    ]) {
      const res = await api.post(
        '/api/v1/finance/events',
        { title: `示例资金对接会${tag}-${n}`, venue: `示例${venue}${tag}`, startsAt, endsAt },
        { as: admin },
      );
      expect(res.statusCode, res.body).toBe(201);
      events.push(res.json().id);
    }
    const invite = (id: number | undefined, orgIds: number[]) =>
      api.post(`/api/v1/finance/events/${id}/invite`, { orgIds }, { as: admin });
    expect((await invite(events[0], [bank.org.id, e1.id])).statusCode).toBe(200);
    expect((await invite(events[1], [bank.org.id])).statusCode).toBe(200);
    const booked = await api.post(
      `/api/v1/finance/events/${events[0]}/meetings`,
      { institutionOrgId: bank.org.id, enterpriseOrgId: e1.id, startsAt: '2026-03-27T01:00:00.000Z' },
      { as: admin },
    );
    expect(booked.statusCode, booked.body).toBe(200);
    const meeting = booked.json().meetings[0].id;
    const held = { action: 'held', outcome: 'interested', note: '示例：有合作意向' };
    expect((await api.post(`/api/v1/finance/meetings/${meeting}/result`, held, { as: admin })).statusCode).toBe(200);
    // After the meeting the bank claims a need of the enterprise it met.
    const need = await api.post(
      '/api/v1/finance/needs',
      {
        amountFen: 100_000_000,
        termMonths: 12,
        purpose: 'working_capital',
        purposeText: '示例：对接会后提出的流动资金需求。',
        guaranteeOffered: ['credit'],
        neededBy: '2026-12-31',
      },
      { as: e1.cookie },
    );
    expect((await api.post(`/api/v1/finance/needs/${need.json().id}/claim`, {}, { as: bank.cookie })).statusCode).toBe(
      201,
    );
  });

  it('page on the server, latest first, each organisation seeing those it was invited to', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/finance/events?q=${q(tag)}`, admin, 2);
    expect([total, keys]).toEqual([3, [...events].reverse()]);
    expect(await listIds(api, `/api/v1/finance/events?q=${q(`路演厅${tag}`)}`, admin)).toEqual([events[2]]);
    expect(await listIds(api, `/api/v1/finance/events?q=${q(tag)}`, bank.cookie)).toEqual([events[1], events[0]]);
    expect(await listIds(api, '/api/v1/finance/events', e2.cookie)).toEqual([]);
  });

  it('give each event the yield its page shows, in figures that agree with the event’s own', async () => {
    const listed = (await api.get(`/api/v1/finance/events?q=${q(`${tag}-一`)}`, { as: admin })).json().items[0];
    const one = (await api.get(`/api/v1/finance/events/${events[0]}`, { as: admin })).json();
    // Claimed after the meeting: the bad loan of the pools above (disbursed) and the need just claimed.
    expect(listed.yield).toEqual({ held: 1, interested: 1, followedUp: 0, claimedAfter: 2, disbursedAfter: 1 });
    expect(one.yield).toEqual(listed.yield);
    expect(listed).not.toHaveProperty('meetings');
  });

  it('export what the list finds, times in Shanghai, statuses in words and the yield', async () => {
    const rows = await exported(`/api/v1/finance/events/export.xlsx?q=${q(tag)}`, bank.cookie, 'finance-events');
    expect(rows.map((r) => r['编号 ID'])).toEqual([events[1], events[0]]);
    expect(rows[1]).toMatchObject({
      '活动名称 Event': `示例资金对接会${tag}-一`,
      '开始时间 Starts': '2026-03-27 08:30:00',
      '结束时间 Ends': '2026-03-27 11:30:00',
      '状态 Status': '筹备中',
      '洽谈场次 Meetings held': 1,
      '会后认领需求 Needs claimed after': 2,
      '会后放款 Loans disbursed after': 1,
    });
  });
});

describe('guide funds, investments and an investor’s matches', () => {
  const funds: number[] = [];
  beforeAll(async () => {
    const fund = async (body: Record<string, unknown>) => {
      const res = await api.post(
        '/api/v1/finance/funds',
        { targetFen: 100_000_000_00, vintage: 2025, ...body },
        {
          as: admin,
        },
      );
      expect(res.statusCode, res.body).toBe(201);
      funds.push(res.json().id);
      return res.json().id as number;
    };
    const guide = await fund({ name: `示例资金引导基金${tag}`, kind: 'guide' });
    await fund({ name: `示例资金第二引导基金${tag}`, kind: 'guide' });
    await fund({
      name: `示例资金子基金${tag}-一`,
      kind: 'sub',
      parentId: guide,
      managerOrgId: vc.org.id,
      stages: ['early'],
    });
    await fund({ name: `示例资金子基金${tag}-二`, kind: 'sub', parentId: guide });
    const committed = await api.post(
      `/api/v1/finance/funds/${funds[2]}/commitments`,
      { lpFundId: guide, lpName: `示例资金引导基金${tag}`, amountFen: 30_000_000_00, committedOn: '2026-03-01' },
      { as: admin },
    );
    expect(committed.statusCode, committed.body).toBe(200);
    const invest = (as: string, fundId: number | undefined, orgId: number, round: string) =>
      api.post(
        '/api/v1/finance/investments',
        { fundId, orgId, amountFen: 20_000_000_00, investedOn: '2026-03-20', round },
        { as },
      );
    for (const [orgId, round] of [
      [e1.id, 'angel'],
      [e1.id, 'a'],
      [e2.id, 'b'],
    ] as const)
      expect((await invest(admin, guide, orgId, round)).statusCode).toBe(201);
    expect((await invest(vc.cookie, funds[2], e2.id, 'a')).statusCode).toBe(201);
  });

  it('page the funds for anyone, each guide fund followed by its sub-funds', async () => {
    const { total, keys } = await walkPages(api, `/api/v1/finance/funds?q=${q(tag)}`, undefined, 3);
    expect([total, keys]).toEqual([4, [funds[0], funds[2], funds[3], funds[1]]]);
    expect(await listIds(api, `/api/v1/finance/funds?q=${q(tag)}&kind=sub`, undefined)).toEqual([funds[2], funds[3]]);
    expect(await listIds(api, `/api/v1/finance/funds?managerOrgId=${vc.org.id}`, undefined)).toEqual([funds[2]]);
    expect(await listIds(api, `/api/v1/finance/funds?q=${q(names.vc)}`, undefined)).toEqual([funds[2]]);
  });

  it('export the funds with their guide fund, manager and partners, money in yuan', async () => {
    const rows = await exported(`/api/v1/finance/funds/export.xlsx?q=${q(tag)}`, undefined, 'guide-funds');
    expect(rows.map((r) => r['编号 ID'])).toEqual([funds[0], funds[2], funds[3], funds[1]]);
    expect(rows[1]).toMatchObject({
      '类型 Kind': '子基金',
      '所属引导基金 Guide fund': `示例资金引导基金${tag}`,
      '管理机构 Manager': names.vc,
      '目标规模(元) Target': 100000000,
      '已认缴(元) Committed': 30000000,
      '已投资(元) Invested': 20000000,
      '投资阶段 Stages': '初创期',
      '出资人 Limited partners': `示例资金引导基金${tag}`,
    });
  });

  it('page the investments, the office seeing all and an investor its own, found by a party’s name', async () => {
    const { total } = await walkPages(api, '/api/v1/finance/investments', admin, 2);
    expect(total).toBe(4);
    expect((await api.get(`/api/v1/finance/investments?q=${q(names.e2)}`, { as: admin })).json().total).toBe(2);
    const own = await api.get('/api/v1/finance/investments', { as: vc.cookie });
    expect(own.json()).toMatchObject({ total: 1, items: [{ orgName: names.e2, institutionName: names.vc }] });
    expect((await api.get('/api/v1/finance/investments', { as: e1.cookie })).statusCode).toBe(403);
    const rows = await exported(`/api/v1/finance/investments/export.xlsx?q=${q(names.e1)}`, admin, 'investments');
    expect(rows.map((r) => r['轮次 Round']).sort()).toEqual(['A 轮', '天使轮'].sort());
    expect(rows[0]).toMatchObject({
      '被投企业 Enterprise': names.e1,
      '基金 Fund': `示例资金引导基金${tag}`,
      '投资金额(元) Amount': 20000000,
      '投资日期 Invested on': '2026-03-20',
    });
  });

  it('page an investor’s matches, find them by name and export them with the reasons', async () => {
    const profile = { stages: ['early'], industries: ['C'], ticketMinFen: 1_000_000, ticketMaxFen: 500_000_000 };
    expect((await api.put('/api/v1/finance/investor-profile', profile, { as: vc.cookie })).statusCode).toBe(200);
    const { total, keys } = await walkPages(api, `/api/v1/finance/investor-matches?q=${q(tag)}`, vc.cookie, 1, 'orgId');
    expect(total).toBe(2);
    expect([...keys].sort()).toEqual([e1.id, e2.id].sort());
    const found = await api.get(`/api/v1/finance/investor-matches?q=${q(names.e2)}`, { as: vc.cookie });
    expect(found.json()).toMatchObject({ total: 1, items: [{ orgId: e2.id }] });
    const rows = await exported(
      `/api/v1/finance/investor-matches/export.xlsx?q=${q(names.e2)}`,
      vc.cookie,
      'investor-matches',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      '企业 Enterprise': names.e2,
      '阶段 Stage': '初创期',
      '行业门类 Industry': 'C 制造业',
    });
    expect(String(rows[0]?.['匹配理由 Reasons'])).toContain('初创期（成立 3 年）');
  });
});
