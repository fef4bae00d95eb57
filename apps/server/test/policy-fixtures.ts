// Policy items and applications for the server tests: a published document and item of the administration, and
// enterprises that qualify, with materials in their vaults.
import { expect } from 'vitest';
import type { createPolicyModule } from '../src/modules/policy/index.ts';
import type { TestApp } from './harness.ts';
import { client } from './request.ts';
import { seed } from './seed.ts';

export type PolicyApi = ReturnType<typeof createPolicyModule>['api'];
export const policyApi = (t: TestApp): PolicyApi => {
  const m = t.modules.find((x) => x.name === 'policy')?.api as PolicyApi | undefined;
  if (!m) throw new Error('no policy module');
  return m;
};

let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

/** A published document to hang items on. */
export async function publishedDocument(t: TestApp, cookie: string) {
  const api = client(t);
  const doc = await api.post(
    '/api/v1/policy/admin/documents',
    {
      title: `示例研发后补助办法${unique()}`,
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

/**
 * A published item of `park`: R&D ≥ 3% of revenue and ≥ 10 tech staff; 10% of the R&D expense, capped at 50万元;
 * a budget of 6万元 unless told; 申报审批 with the last year's statements, audit report and business licence.
 */
export async function publishedItem(t: TestApp, cookie: string, park: string, o: Record<string, unknown> = {}) {
  const api = client(t);
  const documentId = await publishedDocument(t, cookie);
  const res = await api.post(
    '/api/v1/policy/items',
    {
      documentId,
      clause: '第三条',
      title: `示例研发费用后补助${unique()}`,
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
      department: '科技创新部',
      materials: [
        { kind: 'financial_statements', year: 'latest' },
        { kind: 'audit_report', year: 'latest' },
        { kind: 'business_licence' },
      ],
      ...o,
    },
    { as: cookie },
  );
  expect(res.statusCode, res.body).toBe(201);
  const item = res.json() as { id: number; title: string };
  const pub = await api.post(`/api/v1/policy/items/${item.id}/publish`, {}, { as: cookie });
  expect(pub.statusCode, pub.body).toBe(200);
  await policyApi(t).runner.drain();
  return item;
}

/**
 * Enterprises of `park` that qualify (R&D 4.2% of 1000万元, 25 tech staff: 4.2万元 by the rule), each with a member
 * logged in.
 */
export async function qualifyingEnterprises(t: TestApp, park: string, count: number, rdExpense = 42_000_000) {
  const keys = Array.from({ length: count }, (_, i) => `e${i}`);
  const { organisations, users } = await seed(t, {
    organisations: keys.map((key) => ({ key, kind: 'enterprise' as const, park })),
    users: keys.map((org) => ({ role: 'enterprise' as const, org, login: true as const })),
    orgIndicators: keys.map((org) => ({
      org,
      year: 2025,
      revenue: 1_000_000_000,
      rdExpense,
      totalAssets: 1,
      employees: 100,
      techStaff: 25,
    })),
  });
  return organisations.map((o, i) => ({
    org: { id: o.id, name: o.name },
    cookie: (users[i] as { cookie: string }).cookie,
  }));
}
export type Member = Awaited<ReturnType<typeof qualifyingEnterprises>>[number];

/** An uploaded PDF held by the member. */
export async function upload(t: TestApp, cookie: string, text = '示例材料'): Promise<string> {
  const res = await client(t).post(
    `/api/v1/uploads?name=${encodeURIComponent(`${text}.pdf`)}`,
    Buffer.concat([Buffer.from('%PDF-1.4 '), Buffer.from(`${text} ${Math.random()}`)]),
    { as: cookie, headers: { 'content-type': 'application/pdf' } },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json().hash as string;
}

/** Puts a material into the member's vault; `askedFor` when an application's form asked for it. */
export async function putMaterial(t: TestApp, e: Member, body: Record<string, unknown>) {
  const res = await client(t).post(
    `/api/v1/materials/orgs/${e.org.id}`,
    { file: await upload(t, e.cookie, String(body.title ?? '示例材料')), ...body },
    { as: e.cookie },
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; kind: string };
}

/** The statements of 2025 and the business licence: what a vault usually holds already. */
export async function usualVault(t: TestApp, e: Member) {
  const statements = await putMaterial(t, e, {
    kind: 'financial_statements',
    title: '示例2025年度财务报表',
    year: 2025,
  });
  const licence = await putMaterial(t, e, { kind: 'business_licence', title: '示例营业执照', validFrom: '2015-03-01' });
  return { statements, licence };
}

export const ACCOUNT = {
  bankName: '示例银行长治高新区支行',
  accountName: '示例企业有限公司',
  accountNumber: '6222 0200 1234 5678',
};
