import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, makeOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp, uniqueUscc } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);

const indicator = (year: number) => ({
  year,
  revenue: 500_000_000,
  rdExpense: 30_000_000,
  totalAssets: 800_000_000,
  employees: 120,
  techStaff: 30,
  totalCost: 420_000_000,
  netAssets: 300_000_000,
  totalLiabilities: 500_000_000,
  rdDomestic: 27_000_000,
  totalIncome: 510_000_000,
  hightechIncome: 350_000_000,
  mainBusinessRevenue: 450_000_000,
  conversions: 3,
});

const auditCount = async (entityId: string) =>
  (await t.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = ${entityId}`)).rows[0]?.n;

describe('authorisation matrix for organisations and indicators', () => {
  it('lets an enterprise user read and write its own indicators', async () => {
    const a = await enterpriseWithUser(t);
    const put = await api.put(`/api/v1/orgs/${a.org.id}/indicators/2025`, indicator(2025), { as: a.cookie });
    expect(put.statusCode).toBe(200);
    const list = await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: a.cookie });
    expect(list.json().items).toEqual([indicator(2025)]);
  });

  it("refuses another enterprise's user to read or change the indicators, and changes nothing", async () => {
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    await api.put(`/api/v1/orgs/${a.org.id}/indicators/2025`, indicator(2025), { as: a.cookie });
    const read = await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: b.cookie });
    expect(read.statusCode).toBe(403);
    expect(read.json().error.code).toBe('auth.forbidden');
    const write = await api.put(
      `/api/v1/orgs/${a.org.id}/indicators/2025`,
      {
        ...indicator(2025),
        revenue: 600_000_000,
      },
      { as: b.cookie },
    );
    expect(write.statusCode).toBe(403);
    const del = await api.delete(`/api/v1/orgs/${a.org.id}/indicators/2025`, { as: b.cookie });
    expect(del.statusCode).toBe(403);
    const edit = await api.put(`/api/v1/orgs/${a.org.id}`, { name: '示例篡改', uscc: a.org.uscc }, { as: b.cookie });
    expect(edit.statusCode).toBe(403);
    expect((await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: a.cookie })).json().items[0].revenue).toBe(
      500_000_000,
    );
    expect((await api.get(`/api/v1/orgs/${a.org.id}`, { as: admin })).json().name).toBe(a.org.name);
  });

  it.each(['provider', 'finance', 'expert'] as const)(
    'refuses a %s user the indicators of an enterprise',
    async (role) => {
      const a = await enterpriseWithUser(t);
      const {
        users: [u],
      } = await seed(t, {
        organisations: role === 'expert' ? [] : [{ key: 'other', kind: role }],
        users: [{ role, ...(role === 'expert' ? {} : { org: 'other' }), login: true }],
      });
      const cookie = u.cookie;
      expect((await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: cookie })).statusCode).toBe(403);
    },
  );

  it('answers 401 to logged-out users on indicators and every change', async () => {
    const a = await enterpriseWithUser(t);
    for (const [method, url, body] of [
      ['GET', `/api/v1/orgs/${a.org.id}/indicators`, undefined],
      ['PUT', `/api/v1/orgs/${a.org.id}/indicators/2025`, indicator(2025)],
      ['PUT', `/api/v1/orgs/${a.org.id}`, { name: '示例', uscc: a.org.uscc }],
      ['POST', `/api/v1/orgs/${a.org.id}/verification`, { decision: 'verify' }],
      ['POST', '/api/v1/orgs', { name: '示例新机构', uscc: uniqueUscc() }],
      ['GET', '/api/v1/users', undefined],
      ['GET', '/api/v1/audit', undefined],
    ] as const) {
      const res = await api.request(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('auth.unauthenticated');
    }
  });

  it('lets only admins verify or reject', async () => {
    const {
      organisations: [pending],
      users: [own],
    } = await seed(t, {
      organisations: [{ key: 'p', status: 'pending' }],
      users: [{ role: 'enterprise', org: 'p', login: true }],
    });
    for (const cookie of [own.cookie, (await enterpriseWithUser(t)).cookie]) {
      const res = await api.post(`/api/v1/orgs/${pending.id}/verification`, { decision: 'verify' }, { as: cookie });
      expect(res.statusCode).toBe(403);
    }
    expect((await api.get(`/api/v1/orgs/${pending.id}`, { as: admin })).json().status).toBe('pending');
    const ok = await api.post(`/api/v1/orgs/${pending.id}/verification`, { decision: 'verify' }, { as: admin });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().status).toBe('verified');
  });

  it('keeps non-admin users to their own users list and audit log: both are admin-only', async () => {
    const a = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/users', { as: a.cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/audit', { as: a.cookie })).statusCode).toBe(403);
    expect(
      (
        await api.post(
          '/api/v1/users',
          {
            username: 'x-sneaky',
            password: 'Plain-Test-Passw0rd-9',
            displayName: 'x',
            role: 'admin',
          },
          { as: a.cookie },
        )
      ).statusCode,
    ).toBe(403);
  });
});

describe('verification', () => {
  it('requires a reason to reject, records it, and lets the enterprise resubmit', async () => {
    const {
      organisations: [pending],
      users: [u],
    } = await seed(t, {
      organisations: [{ key: 'p', status: 'pending' }],
      users: [{ role: 'enterprise', org: 'p', login: true }],
    });
    const cookie = u.cookie;
    const noReason = await api.post(`/api/v1/orgs/${pending.id}/verification`, { decision: 'reject' }, { as: admin });
    expect(noReason.statusCode).toBe(400);
    const rejected = await api.post(
      `/api/v1/orgs/${pending.id}/verification`,
      {
        decision: 'reject',
        reason: '营业执照信息不一致',
      },
      { as: admin },
    );
    expect(rejected.json()).toMatchObject({ status: 'rejected', rejectReason: '营业执照信息不一致' });
    const twice = await api.post(`/api/v1/orgs/${pending.id}/verification`, { decision: 'verify' }, { as: admin });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('org.not_pending');
    const again = await api.post(`/api/v1/orgs/${pending.id}/resubmit`, undefined, { as: cookie });
    expect(again.json()).toMatchObject({ status: 'pending', rejectReason: null });
    expect(await auditCount(String(pending.id))).toBe(2);
  });

  it("keeps a verified organisation verified, under its verified name, while its member's new name waits for review", async () => {
    const a = await enterpriseWithUser(t);
    const res = await api.put(
      `/api/v1/orgs/${a.org.id}`,
      { name: `${a.org.name}新`, uscc: a.org.uscc },
      { as: a.cookie },
    );
    expect(res.json()).toMatchObject({ status: 'verified', name: a.org.name });
    const changes = (await api.get(`/api/v1/orgs/${a.org.id}/fact-changes`, { as: a.cookie })).json().items;
    expect(changes[0]).toMatchObject({ status: 'pending', changes: [{ field: 'name', to: `${a.org.name}新` }] });
    const contactOnly = await enterpriseWithUser(t);
    const res2 = await api.put(
      `/api/v1/orgs/${contactOnly.org.id}`,
      {
        name: contactOnly.org.name,
        uscc: contactOnly.org.uscc,
        contactName: '示例联系人',
      },
      { as: contactOnly.cookie },
    );
    expect(res2.json()).toMatchObject({ status: 'verified', contactName: '示例联系人' });
  });

  it('refuses a second organisation with the same USCC', async () => {
    const a = await makeOrg(t);
    const res = await api.post('/api/v1/orgs', { name: '示例重复机构', uscc: a.uscc }, { as: admin });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('org.duplicate_uscc');
    const b = await enterpriseWithUser(t);
    const edit = await api.put(`/api/v1/orgs/${b.org.id}`, { name: b.org.name, uscc: a.uscc }, { as: b.cookie });
    expect(edit.statusCode).toBe(409);
    expect((await api.get(`/api/v1/orgs/${b.org.id}`, { as: admin })).json().uscc).toBe(b.org.uscc);
  });
});

describe('listing and search', () => {
  it('finds organisations by a two-character Chinese fragment, with paging and filters', async () => {
    const tag = `示例${Math.random().toString(36).slice(2, 5)}`;
    const names = [`${tag}锂电材料有限公司`, `${tag}光电材料有限公司`, `${tag}精密电子有限公司`];
    await seed(t, {
      organisations: [
        ...names.map((name) => ({ name, industryChain: 'new_materials', park: '光伏产业园' })),
        { name: `${tag}材料待审公司`, status: 'pending' },
      ],
    });
    const page = await api.get(`/api/v1/orgs?q=${encodeURIComponent(`${tag}`)}&pageSize=2&sort=name`);
    expect(page.json().total).toBe(3); // the pending one is not public
    expect(page.json().items).toHaveLength(2);
    const fragment = await api.get(`/api/v1/orgs?q=${encodeURIComponent('材料')}&pageSize=200`);
    const found = fragment.json().items.map((i: { name: string }) => i.name);
    expect(found).toEqual(expect.arrayContaining([names[0], names[1]]));
    expect(found).not.toContain(names[2]);
    const adminView = await api.get(`/api/v1/orgs?q=${encodeURIComponent(tag)}&status=pending`, { as: admin });
    expect(adminView.json().items.map((i: { name: string }) => i.name)).toEqual([`${tag}材料待审公司`]);
    const park = await api.get(`/api/v1/orgs?q=${encodeURIComponent(tag)}&park=${encodeURIComponent('光伏产业园')}`);
    expect(park.json().total).toBe(3);
  });

  it('finds by a single character too, and reports the total on a page past the end', async () => {
    const tag = `示例单${Math.random().toString(36).slice(2, 5)}`;
    await seed(t, { organisations: [{ name: `${tag}鑫` }, { name: `${tag}鑫二` }] });
    const one = await api.get(`/api/v1/orgs?q=${encodeURIComponent('鑫')}&pageSize=200`);
    expect(one.json().items.map((i: { name: string }) => i.name)).toEqual(
      expect.arrayContaining([`${tag}鑫`, `${tag}鑫二`]),
    );
    const past = await api.get(`/api/v1/orgs?q=${encodeURIComponent(tag)}&page=5&pageSize=1`);
    expect(past.json()).toMatchObject({ items: [], total: 2, page: 5 });
    const mixedCase = await api.get(`/api/v1/orgs?q=${encodeURIComponent(`${tag}鑫二`.toUpperCase())}`);
    expect(mixedCase.json().total).toBe(1);
  });

  it('treats % and _ in the search as plain characters', async () => {
    const res = await api.get(`/api/v1/orgs?q=${encodeURIComponent('%')}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(0);
  });

  it('filters by flags: a 高新技术企业 counts only while its certificate is valid', async () => {
    const tag = `示例旗${Math.random().toString(36).slice(2, 5)}`;
    await seed(t, {
      organisations: [
        { name: `${tag}有效`, hteCertNo: 'GR1', hteValidFrom: '2024-01-01', hteValidTo: '2099-12-31' },
        { name: `${tag}过期`, hteCertNo: 'GR2', hteValidFrom: '2019-01-01', hteValidTo: '2021-12-31' },
        { name: `${tag}科小`, tsmeRegNo: '2026140400001' },
      ],
    });
    const hte = await api.get(`/api/v1/orgs?q=${encodeURIComponent(tag)}&flags=hte`);
    expect(hte.json().items.map((i: { name: string }) => i.name)).toEqual([`${tag}有效`]);
    const tsme = await api.get(`/api/v1/orgs?q=${encodeURIComponent(tag)}&flags=tsme`);
    expect(tsme.json().total).toBe(1);
  });

  it("masks a verified organisation's phone for outsiders and shows it to its members and admins", async () => {
    const {
      organisations: [org],
      users: [member],
    } = await seed(t, {
      organisations: [{ key: 'a', contactPhone: '13800138000' }],
      users: [{ role: 'enterprise', org: 'a', login: true }],
    });
    const a = { org, cookie: member.cookie };
    expect((await api.get(`/api/v1/orgs/${a.org.id}`)).json().contactPhone).toBe('138****8000');
    expect((await api.get(`/api/v1/orgs/${a.org.id}`, { as: a.cookie })).json().contactPhone).toBe('13800138000');
    expect((await api.get(`/api/v1/orgs/${a.org.id}`, { as: admin })).json().contactPhone).toBe('13800138000');
  });

  it('hides a pending organisation from outsiders (404)', async () => {
    const p = await makeOrg(t, { status: 'pending' });
    expect((await api.get(`/api/v1/orgs/${p.id}`)).statusCode).toBe(404);
  });
});

describe('indicators', () => {
  it('refuses more tech staff than employees, in the API and in the database', async () => {
    const a = await enterpriseWithUser(t);
    const res = await api.put(
      `/api/v1/orgs/${a.org.id}/indicators/2024`,
      {
        ...indicator(2024),
        techStaff: 500,
      },
      { as: a.cookie },
    );
    expect(res.statusCode).toBe(400);
    await expect(
      t.db.execute(
        sql`INSERT INTO org_indicators (org_id, year, employees, tech_staff) VALUES (${a.org.id}, 2024, 10, 11)`,
      ),
    ).rejects.toThrow();
  });

  it('keeps figures not reported as null, takes negative net assets, and refuses parts larger than their whole', async () => {
    const a = await enterpriseWithUser(t);
    const { totalCost: _c, rdDomestic: _d, conversions: _n, ...partial } = indicator(2023);
    const put = await api.put(
      `/api/v1/orgs/${a.org.id}/indicators/2023`,
      { ...partial, netAssets: -5_000_000 },
      { as: a.cookie },
    );
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ totalCost: null, rdDomestic: null, conversions: null, netAssets: -5_000_000 });
    for (const [field, value, code] of [
      ['rdDomestic', 30_000_001, 'org.rd_domestic_exceeds_rd'],
      ['hightechIncome', 510_000_001, 'org.hightech_income_exceeds_income'],
      ['mainBusinessRevenue', 500_000_001, 'org.main_business_exceeds_revenue'],
    ] as const) {
      const res = await api.put(
        `/api/v1/orgs/${a.org.id}/indicators/2023`,
        { ...indicator(2023), [field]: value },
        { as: a.cookie },
      );
      expect(res.statusCode, field).toBe(400);
      expect(JSON.stringify(res.json().error), field).toContain(code);
    }
    // Nothing of the refused writes was kept, and the database refuses the same on its own.
    const items = (await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: a.cookie })).json().items;
    expect(items[0].rdDomestic).toBeNull();
    await expect(
      t.db.execute(
        sql`UPDATE org_indicators SET rd_domestic = rd_expense + 1 WHERE org_id = ${a.org.id} AND year = 2023`,
      ),
    ).rejects.toThrow();
    const { rows } = await t.db.execute(
      sql`SELECT net_assets, total_cost FROM org_indicator_records WHERE org_id = ${a.org.id} AND year = 2023`,
    );
    expect(rows).toEqual([{ net_assets: -5_000_000, total_cost: null }]);
  });

  it('refuses a year in the path that differs from the body', async () => {
    const a = await enterpriseWithUser(t);
    const res = await api.put(`/api/v1/orgs/${a.org.id}/indicators/2024`, indicator(2023), { as: a.cookie });
    expect(res.statusCode).toBe(400);
  });

  it('keeps one row per year and audits each change with before and after', async () => {
    const a = await enterpriseWithUser(t);
    await api.put(`/api/v1/orgs/${a.org.id}/indicators/2024`, indicator(2024), { as: a.cookie });
    await api.put(`/api/v1/orgs/${a.org.id}/indicators/2024`, { ...indicator(2024), employees: 200 }, { as: a.cookie });
    const items = (await api.get(`/api/v1/orgs/${a.org.id}/indicators`, { as: a.cookie })).json().items;
    expect(items).toHaveLength(1);
    expect(items[0].employees).toBe(200);
    const audit = await api.get(`/api/v1/audit?entity=org_indicator&entityId=${a.org.id}:2024`, { as: admin });
    const entries = audit.json().items;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['org.indicator.update', 'org.indicator.create']);
    expect(entries[0].before.employees).toBe(120);
    expect(entries[0].after.employees).toBe(200);
    expect((await api.delete(`/api/v1/orgs/${a.org.id}/indicators/2024`, { as: a.cookie })).statusCode).toBe(204);
    expect((await api.delete(`/api/v1/orgs/${a.org.id}/indicators/2024`, { as: a.cookie })).statusCode).toBe(404);
  });
});
