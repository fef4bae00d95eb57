import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import type { createPolicyModule } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);
const policyApi = () => {
  const m = t.modules.find((x) => x.name === 'policy')?.api as ReturnType<typeof createPolicyModule>['api'] | undefined;
  if (!m) throw new Error('no policy module');
  return m;
};

/** A published document to hang items on. */
async function publishedDocument(cookie: string) {
  const doc = await api.post(
    '/api/v1/policy/admin/documents',
    {
      title: `示例研发后补助办法${Date.now()}`,
      issuer: '示例高新区管委会',
      level: 'zone',
      issuedOn: '2026-01-10',
      supportKinds: ['subsidy'],
    },
    { as: cookie },
  );
  expect(doc.statusCode, doc.body).toBe(201);
  const id = doc.json().id as number;
  expect((await api.post(`/api/v1/policy/admin/documents/${id}/publish`, {}, { as: cookie })).statusCode).toBe(200);
  return id;
}

/** R&D ≥ 3% of revenue and ≥ 10 tech staff, in `park`; 10% of R&D expense, capped at 50万元. */
const itemBody = (documentId: number, park: string, o: Record<string, unknown> = {}) => ({
  documentId,
  clause: '第三条',
  title: `示例研发费用后补助${Date.now()}`,
  beneficiaries: '研发费用占营业收入 3% 以上、科技人员 10 人以上的园区企业',
  condition: {
    all: [
      { fact: 'org.park', op: 'eq', value: park },
      { fact: 'org.rdPercent', op: 'gte', value: 3 },
      { fact: 'org.techStaff', op: 'gte', value: 10 },
    ],
  },
  amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 },
  budgetFen: 6_000_000,
  mode: 'apply',
  opensOn: '2026-01-01',
  closesOn: '2099-12-31',
  department: '',
  materials: [],
  ...o,
  ...(o.department === undefined ? { department: '科技创新部' } : {}),
});

/** Three enterprises of `park`: one qualifies (R&D 4.2%, 25 tech staff), one misses (2%), one has not reported. */
async function threeEnterprises(park: string) {
  const { organisations, users } = await seed(t, {
    organisations: [
      { key: 'ok', kind: 'enterprise', park },
      { key: 'low', kind: 'enterprise', park },
      { key: 'none', kind: 'enterprise', park },
    ],
    users: [
      { role: 'enterprise', org: 'ok', login: true },
      { role: 'enterprise', org: 'low', login: true },
    ],
    orgIndicators: [
      {
        org: 'ok',
        year: 2025,
        revenue: 1_000_000_000,
        rdExpense: 42_000_000,
        totalAssets: 1,
        employees: 100,
        techStaff: 25,
      },
      {
        org: 'low',
        year: 2025,
        revenue: 1_000_000_000,
        rdExpense: 20_000_000,
        totalAssets: 1,
        employees: 100,
        techStaff: 25,
      },
    ],
  });
  const [ok, low, none] = organisations as { id: number }[];
  return {
    ok: { id: ok?.id as number, cookie: users[0]?.cookie as string },
    low: { id: low?.id as number, cookie: users[1]?.cookie as string },
    none: { id: none?.id as number },
  };
}

describe('policy items', () => {
  it('are written as drafts with their conditions as data, refused when a condition or amount does not fit', async () => {
    const admin = await adminCookie(t);
    const documentId = await publishedDocument(admin.cookie);
    const bad = await api.post(
      '/api/v1/policy/items',
      itemBody(documentId, '光伏产业园', { condition: { all: [{ fact: 'org.nope', op: 'gte', value: 3 }] } }),
      { as: admin.cookie },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('policy.condition.unknown_fact');
    // 免申即享 pays on data alone: a condition reviewed by hand is refused for it.
    const manualAuto = await api.post(
      '/api/v1/policy/items',
      itemBody(documentId, '光伏产业园', {
        mode: 'auto',
        condition: { all: [{ manual: { zh: '项目具有示范效应', en: 'The project sets an example' } }] },
      }),
      { as: admin.cookie },
    );
    expect(manualAuto.statusCode).toBe(400);
    expect(manualAuto.body).toContain('policy.auto_needs_data_conditions');
    const created = await api.post('/api/v1/policy/items', itemBody(documentId, '光伏产业园'), { as: admin.cookie });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'draft', mode: 'apply', open: false, reviewedByHand: [] });
    // A draft is the administration's: the public does not see it.
    expect((await api.get(`/api/v1/policy/items/${created.json().id}`)).statusCode).toBe(404);
    const { rows } = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'policy_item' AND entity_id = ${String(created.json().id)}`,
    );
    expect(rows.map((r) => r.action)).toEqual(['policy.item.create']);
  });

  it('simulates a draft over every enterprise: who would qualify, the payout within the budget, the facts missing most', async () => {
    const admin = await adminCookie(t);
    // Each test in a park of its own (parks are the zone's list), so that no other test's enterprise counts.
    const park = '智能制造实验区';
    const e = await threeEnterprises(park);
    const documentId = await publishedDocument(admin.cookie);
    const item = (await api.post('/api/v1/policy/items', itemBody(documentId, park), { as: admin.cookie })).json();
    const started = await api.post(`/api/v1/policy/items/${item.id}/simulations`, {}, { as: admin.cookie });
    expect(started.statusCode, started.body).toBe(200);
    await policyApi().runner.drain();
    const run = (await api.get(`/api/v1/policy/runs/${started.json().id}`, { as: admin.cookie })).json();
    expect(run).toMatchObject({ status: 'done', kind: 'simulation', eligible: 1, needsData: 1 });
    expect(run.processed).toBe(run.total);
    // 10% of 420,000 元 = 42,000 元, within the 50万 cap; the budget (60,000 元) does not cap one enterprise.
    expect(run.payoutFen).toBe(4_200_000);
    expect(run.missingFacts.map((m: { fact: string }) => m.fact)).toContain('org.rdPercent');
    const found = (await api.get(`/api/v1/policy/runs/${run.id}/orgs?result=eligible`, { as: admin.cookie })).json();
    expect(found.items).toEqual([expect.objectContaining({ orgId: e.ok.id, amountFen: 4_200_000 })]);
    const latest = (await api.get(`/api/v1/policy/items/${item.id}/simulations/latest`, { as: admin.cookie })).json();
    expect(latest.id).toBe(run.id);
    // The list as Excel, with the same filter: the one eligible enterprise, its amount in yuan.
    const xlsx = await api.get(`/api/v1/policy/runs/${run.id}/orgs/export.xlsx?result=eligible`, { as: admin.cookie });
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(e.ok.id);
    expect(sheet.getRow(2).getCell(5).value).toBe(42_000);
    const needing = await api.get(`/api/v1/policy/runs/${run.id}/orgs/export.xlsx?result=needs_data`, {
      as: admin.cookie,
    });
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(needing.rawPayload as unknown as ArrayBuffer);
    expect(String((wb2.worksheets[0] as ExcelJS.Worksheet).getRow(2).getCell(6).value)).toContain('研发费用占比');
    expect((await api.get('/api/v1/policy/runs/999999999/orgs/export.xlsx', { as: admin.cookie })).statusCode).toBe(
      404,
    );
    expect((await api.get(`/api/v1/policy/runs/${run.id}/orgs/export.xlsx`, { as: e.ok.cookie })).statusCode).toBe(403);
    // An enterprise does not run simulations.
    expect((await api.post(`/api/v1/policy/items/${item.id}/simulations`, {}, { as: e.ok.cookie })).statusCode).toBe(
      403,
    );
  });

  it('publishes an item, tells the eligible enterprise with the amount, and explains each one its standing', async () => {
    const admin = await adminCookie(t);
    const park = '5G电子智造基地';
    const e = await threeEnterprises(park);
    const documentId = await publishedDocument(admin.cookie);
    const item = (await api.post('/api/v1/policy/items', itemBody(documentId, park), { as: admin.cookie })).json();
    const published = await api.post(`/api/v1/policy/items/${item.id}/publish`, {}, { as: admin.cookie });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', open: true });
    await policyApi().runner.drain();
    const notices = async (cookie: string) =>
      (await api.get('/api/v1/notifications', { as: cookie }))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'policy.eligible');
    const told = await notices(e.ok.cookie);
    expect(told).toHaveLength(1);
    expect(told[0].params).toMatchObject({ title: item.title, amount: 4_200_000 });
    expect(await notices(e.low.cookie)).toHaveLength(0);

    // Each enterprise sees its standing with a sentence per condition.
    const mine = (
      await api.get(`/api/v1/policy/items/${item.id}/eligibility/${e.low.id}`, { as: e.low.cookie })
    ).json();
    expect(mine.result).toBe('not_eligible');
    expect(mine.lines.map((l: { words: { zh: string } }) => l.words.zh).join(' ')).toContain('2% < 3%');
    // …and no one else's.
    expect(
      (await api.get(`/api/v1/policy/items/${item.id}/eligibility/${e.ok.id}`, { as: e.low.cookie })).statusCode,
    ).toBe(403);
    const fits = (await api.get(`/api/v1/policy/orgs/${e.ok.id}/fits`, { as: e.ok.cookie })).json();
    const fit = fits.items.find((f: { item: { id: number } }) => f.item.id === item.id);
    expect(fit.eligibility).toMatchObject({ result: 'eligible', amountFen: 4_200_000 });
    // Opening it counts as having seen the notice.
    await api.get(`/api/v1/policy/items/${item.id}/eligibility/${e.ok.id}`, { as: e.ok.cookie });
    const { rows } = await t.db.execute(
      sql`SELECT result, opened_at IS NOT NULL AS opened FROM policy_matches WHERE item_id = ${item.id}`,
    );
    expect(rows).toEqual([{ result: 'eligible', opened: true }]);
    // A published item is not changed; it can be closed.
    expect(
      (await api.put(`/api/v1/policy/items/${item.id}`, itemBody(documentId, park), { as: admin.cookie })).json().error
        .code,
    ).toBe('policy.item_not_draft');
    const closed = await api.post(`/api/v1/policy/items/${item.id}/end`, { to: 'closed' }, { as: admin.cookie });
    expect(closed.json()).toMatchObject({ status: 'closed', open: false });
  });

  it('tells an enterprise when its new figures make it eligible, once, within the minute', async () => {
    const admin = await adminCookie(t);
    const park = '智能终端产业园';
    const e = await threeEnterprises(park);
    const documentId = await publishedDocument(admin.cookie);
    const item = (await api.post('/api/v1/policy/items', itemBody(documentId, park), { as: admin.cookie })).json();
    await api.post(`/api/v1/policy/items/${item.id}/publish`, {}, { as: admin.cookie });
    await policyApi().runner.drain();
    // The enterprise that missed reports more R&D: queued in its own write, checked by the minute job.
    const put = await api.put(
      `/api/v1/orgs/${e.low.id}/indicators/2025`,
      { year: 2025, revenue: 1_000_000_000, rdExpense: 35_000_000, totalAssets: 1, employees: 100, techStaff: 25 },
      { as: e.low.cookie },
    );
    expect(put.statusCode, put.body).toBe(200);
    expect(await policyApi().items.processRechecks()).toBeGreaterThanOrEqual(1);
    const told = (await api.get('/api/v1/notifications', { as: e.low.cookie }))
      .json()
      .items.filter((n: { kind: string }) => n.kind === 'policy.eligible');
    expect(told).toHaveLength(1);
    expect(told[0].params.amount).toBe(3_500_000);
    // Nothing changed: checked again, not told again.
    await api.put(
      `/api/v1/orgs/${e.low.id}/indicators/2025`,
      { year: 2025, revenue: 1_000_000_000, rdExpense: 35_000_000, totalAssets: 2, employees: 100, techStaff: 25 },
      { as: e.low.cookie },
    );
    await policyApi().items.processRechecks();
    expect(
      (await api.get('/api/v1/notifications', { as: e.low.cookie }))
        .json()
        .items.filter((n: { kind: string }) => n.kind === 'policy.eligible'),
    ).toHaveLength(1);
  });

  it('answers the public calculator from a visitor’s answers, without login or registry data', async () => {
    const admin = await adminCookie(t);
    const park = '光伏产业园';
    const documentId = await publishedDocument(admin.cookie);
    const item = (await api.post('/api/v1/policy/items', itemBody(documentId, park), { as: admin.cookie })).json();
    await api.post(`/api/v1/policy/items/${item.id}/publish`, {}, { as: admin.cookie });
    await policyApi().runner.drain();
    const res = await api.post('/api/v1/policy/check', {
      facts: { 'org.park': park, 'org.rdPercent': 5, 'org.techStaff': 12, 'org.rdExpenseFen': 100_000_000 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fit = res.json().items.find((f: { item: { id: number } }) => f.item.id === item.id);
    // 10% of 100万 is 10万, within the cap.
    expect(fit.eligibility).toMatchObject({ result: 'eligible', amountFen: 10_000_000 });
    // Without the R&D figure: needs data, naming it.
    const partial = (
      await api.post('/api/v1/policy/check', { facts: { 'org.park': park, 'org.techStaff': 12 } })
    ).json();
    const open = partial.items.find((f: { item: { id: number } }) => f.item.id === item.id);
    expect(open.eligibility.result).toBe('needs_data');
    expect(open.eligibility.missing.map((m: { fact: string }) => m.fact)).toContain('org.rdPercent');
    expect((await api.post('/api/v1/policy/check', { facts: { 'org.techStaff': 'many' } })).statusCode).toBe(400);
  });
});
