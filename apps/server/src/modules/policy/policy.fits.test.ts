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

describe('policies that fit me', () => {
  it('lists the items an enterprise qualifies for or could with more data, filtered by either, and counts them on its workbench', async () => {
    const admin = await adminCookie(t);
    const park = '光伏产业园';
    const { organisations, users } = await seed(t, {
      organisations: [{ key: 'e', kind: 'enterprise', park }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
      orgIndicators: [
        {
          org: 'e',
          year: 2025,
          revenue: 1_000_000_000,
          rdExpense: 42_000_000,
          totalAssets: 1,
          employees: 100,
          techStaff: 25,
        },
      ],
    });
    const org = { id: organisations[0]?.id as number, cookie: users[0]?.cookie as string };
    const doc = await api.post(
      '/api/v1/policy/admin/documents',
      { title: `示例适配测试办法${Date.now()}`, issuer: '示例高新区管委会', level: 'zone', issuedOn: '2026-01-10' },
      { as: admin.cookie },
    );
    const documentId = doc.json().id as number;
    await api.post(`/api/v1/policy/admin/documents/${documentId}/publish`, {}, { as: admin.cookie });
    const base = { documentId, mode: 'apply', opensOn: '2026-01-01', closesOn: '2099-12-31', department: '科技创新部' };
    const items = [
      // eligible, 5万 fixed
      {
        title: '示例适配固定奖励',
        condition: { all: [{ fact: 'org.park', op: 'eq', value: park }] },
        amount: { kind: 'fixed', amountFen: 5_000_000 },
      },
      // eligible, 10% of R&D = 4.2万
      {
        title: '示例适配研发补助',
        condition: { all: [{ fact: 'org.rdPercent', op: 'gte', value: 3 }] },
        amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000 },
      },
      // needs data: the tech-based SME evaluation is not known
      {
        title: '示例适配科小奖励',
        condition: { all: [{ fact: 'cultivation.techSmeVerdict', op: 'eq', value: 'eligible' }] },
        amount: { kind: 'fixed', amountFen: 1_000_000 },
      },
      // not eligible
      {
        title: '示例适配大企业奖励',
        condition: { all: [{ fact: 'org.employees', op: 'gte', value: 1000 }] },
        amount: { kind: 'fixed', amountFen: 9_000_000 },
      },
    ];
    const ids: number[] = [];
    for (const body of items) {
      const created = await api.post('/api/v1/policy/items', { ...base, ...body }, { as: admin.cookie });
      expect(created.statusCode, created.body).toBe(201);
      ids.push(created.json().id);
      await api.post(`/api/v1/policy/items/${created.json().id}/publish`, {}, { as: admin.cookie });
    }
    const m = t.modules.find((x) => x.name === 'policy')?.api as ReturnType<typeof createPolicyModule>['api'];
    await m.runner.drain();

    const path = `/api/v1/policy/orgs/${org.id}/fits`;
    const all = (await api.get(path, { as: org.cookie })).json();
    expect(all).toMatchObject({ total: 3, eligible: 2, needsData: 1, totalFen: 9_200_000 });
    // Eligible first, the larger amount first; then what needs data.
    expect(all.items.map((f: { item: { id: number } }) => f.item.id)).toEqual([ids[0], ids[1], ids[2]]);
    const eligible = (await api.get(`${path}?result=eligible&pageSize=1&page=2`, { as: org.cookie })).json();
    expect(eligible).toMatchObject({ total: 2, eligible: 2, needsData: 1, page: 2, pageSize: 1 });
    expect(eligible.items.map((f: { item: { id: number } }) => f.item.id)).toEqual([ids[1]]);
    const needs = (await api.get(`${path}?result=needs_data`, { as: org.cookie })).json();
    expect(needs.items).toHaveLength(1);
    expect(needs.items[0].eligibility.missing.map((x: { fact: string }) => x.fact)).toEqual([
      'cultivation.techSmeVerdict',
    ]);
    expect((await api.get(`${path}?result=not_eligible`, { as: org.cookie })).statusCode).toBe(400);

    const bench = (await api.get('/api/v1/workbench', { as: org.cookie })).json().items as {
      key: string;
      count: number;
      link: string;
    }[];
    expect(bench.filter((i) => i.key.startsWith('policy.fits'))).toEqual([
      { key: 'policy.fits', count: 2, link: '/my/policies?result=eligible' },
      { key: 'policy.fits_need_data', count: 1, link: '/my/policies?result=needs_data' },
    ]);

    // The same list as Excel: every fit in the list's order (or those of the result asked), in words.
    const sheetOf = async (query: string, as: string) => {
      const res = await api.get(`${path}/export.xlsx${query}`, { as });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/policy-fits-\d+-\d{4}-\d{2}-\d{2}\.xlsx/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
      return sheet
        .getSheetValues()
        .slice(2)
        .map((r) => (r as unknown[]).slice(1));
    };
    const rows = await sheetOf('', org.cookie);
    expect(rows.map((r) => r[0])).toEqual([ids[0], ids[1], ids[2]]);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['示例适配固定奖励', '申报审批', '符合', 50_000, '2099-12-31', '科技创新部']),
    );
    expect(rows[2]).toEqual(expect.arrayContaining(['需补充数据']));
    expect(String(rows[2]?.at(-1))).toContain('科技型中小企业');
    expect((await sheetOf('?result=needs_data', org.cookie)).map((r) => r[0])).toEqual([ids[2]]);
    // Another enterprise's member may not read it.
    const other = await seed(t, {
      organisations: [{ key: 'o', kind: 'enterprise' }],
      users: [{ role: 'enterprise', org: 'o', login: true }],
    });
    const refused = await api.get(`${path}/export.xlsx`, { as: other.users[0]?.cookie as string });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBeTruthy();
  });
});
