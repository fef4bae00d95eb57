import { shanghaiDate } from '@cz/shared';
import type { ProductInput } from '@cz/shared/finance';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';

/** A lending product's body: 10万–300万元, 6–36 months, LPR + 50–200bp, credit or a guarantor. */
export const productBody = (o: Partial<ProductInput> = {}): ProductInput => ({
  name: '示例科技信用贷',
  kind: 'credit',
  labels: ['xinyong'],
  summary: '面向科技型中小企业的纯信用贷款，随借随还。',
  amount: { min: 10_000_000, default: 100_000_000, max: 300_000_000 },
  termMonths: { min: 6, default: 12, max: 36 },
  rate: { mode: 'lpr', minBp: 50, defaultBp: 100, maxBp: 200 },
  guaranteeKinds: ['credit', 'guarantee'],
  collateralKinds: [],
  repaymentKinds: ['interest_monthly'],
  approvalDays: 3,
  materials: ['营业执照', '近两年财务报表'],
  regions: ['长治市'],
  condition: null,
  policyItemIds: [],
  ...o,
});

/** The finance area through the API, for its tests. */
export function financeKit(get: () => { t: TestApp; admin: string }) {
  const api = client(() => get().t);

  /** A verified institution of kind finance with a logged-in member and its profile. */
  async function institution(name: string, kind = 'bank') {
    const {
      organisations: [org],
      users: [user],
    } = await seed(get().t, {
      organisations: [{ key: 'f', kind: 'finance', name }],
      users: [{ role: 'finance', org: 'f', login: true }],
    });
    const res = await api.put(
      '/api/v1/finance/institutions/mine',
      {
        kind,
        intro: `${name}，服务长治高新区科技企业。`,
        branches: [{ name: `${name}高新支行`, techBranch: true }],
        contactName: '示例联系人',
        contactPhone: '0355-5550100',
      },
      { as: user.cookie },
    );
    expect(res.statusCode, res.body).toBe(200);
    return { org, user, cookie: user.cookie as string };
  }

  /** A published product of the institution. */
  async function published(cookie: string, o: Partial<ProductInput> = {}) {
    const created = await api.post('/api/v1/finance/products', productBody(o), { as: cookie });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    expect(
      (await api.post(`/api/v1/finance/products/${id}/step`, { action: 'submit' }, { as: cookie })).statusCode,
    ).toBe(200);
    const review = await api.post(
      `/api/v1/finance/products/${id}/review`,
      { decision: 'publish' },
      { as: get().admin },
    );
    expect(review.statusCode, review.body).toBe(200);
    return id;
  }

  /** A loan of `bank` to `enterpriseCookie`'s enterprise taken to non-performing: the case's id. */
  async function nonPerformingLoan(bankCookie: string, enterpriseCookie: string, amountFen: number, on: string) {
    const need = await api.post(
      '/api/v1/finance/needs',
      {
        amountFen,
        termMonths: 12,
        purpose: 'working_capital',
        purposeText: '示例：补充流动资金，采购原材料。',
        guaranteeOffered: ['credit'],
        neededBy: '2099-12-31',
      },
      { as: enterpriseCookie },
    );
    expect(need.statusCode, need.body).toBe(201);
    const claimed = await api.post(`/api/v1/finance/needs/${need.json().id}/claim`, {}, { as: bankCookie });
    expect(claimed.statusCode, claimed.body).toBe(201);
    const id = claimed.json().id as number;
    for (const body of [
      { action: 'contact', note: '已联系企业' },
      { action: 'diligence' },
      { action: 'approve', amountFen, rateBp: 380, termMonths: 12 },
      { action: 'disburse', amountFen, on },
      { action: 'default', on, note: '逾期九十天以上' },
    ]) {
      const res = await api.post(`/api/v1/finance/cases/${id}/step`, body, { as: bankCookie });
      expect(res.statusCode, res.body).toBe(200);
    }
    return id;
  }

  /**
   * An export opened as exceljs reads it: its rows as header → cell, after checking that it answers a workbook named
   * `base` with the zone's date of the download.
   */
  async function exported(path: string, as: string | undefined, base: string) {
    const res = await api.get(path, as ? { as } : {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''${base}-${shanghaiDate(new Date())}.xlsx`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const rows: Record<string, unknown>[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const values = (sheet.getRow(r).values as unknown[]).slice(1);
      rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
    }
    return rows;
  }

  return { api, institution, published, nonPerformingLoan, exported };
}

/** That the database refuses a statement, with its reason matching `pattern` (Drizzle wraps the driver's error). */
export async function refused(statement: Promise<unknown>, pattern: RegExp) {
  const err = (await statement.then(
    () => null,
    (e: unknown) => e,
  )) as (Error & { cause?: Error }) | null;
  expect(err, 'the database accepted the statement').not.toBeNull();
  expect(String(err?.cause?.message ?? err?.message)).toMatch(pattern);
}
