import type { WorkItem } from '@cz/shared';
import { evaluationReportSchema, supervisionReportSchema } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, login, makeUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { ACCOUNT, type Member, publishedItem, qualifyingEnterprises } from '../../../test/policy-fixtures.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

// Monday 15 June 2026, 10:00 in Shanghai.
const clock = fixedClock(new Date('2026-06-15T02:00:00Z'));
const YEAR = 365 * 24 * 3_600_000;
const FAST_DEPT = '示例督导甲部';
const APPLY_DEPT = '示例督导乙部';
let t: TestApp;
let admin: { cookie: string; user: { id: number } };
let fast: { id: number; title: string };
let apply: { id: number };
let e: Member[];
const api = client(() => t);

type Application = {
  item: number;
  org: Member;
  mode: 'apply' | 'fast';
  status: string;
  submittedOn: string | null;
  approvedFen?: number;
  dueOn?: string;
  paidOn?: string;
  rating?: number;
};

/** An application as it stands after its steps, written directly: the figures count states, not the steps. */
async function application(a: Application) {
  const at = a.submittedOn ? `${a.submittedOn}T10:00:00+08:00` : null;
  const { rows } = await t.db.execute(sql`
    INSERT INTO policy_applications (item_id, org_id, mode, status, requested_fen, approved_fen, bank_name,
      account_name, account_number, decision_reason, payment_due_on, first_submitted_at, submitted_at, created_by, created_at)
    VALUES (${a.item}, ${a.org.org.id}, ${a.mode}, ${a.status}, ${a.approvedFen ?? 1_000_000},
      ${a.approvedFen ?? null}, ${ACCOUNT.bankName}, ${ACCOUNT.accountName}, '62220200123456789',
      ${a.status === 'rejected' ? '示例不符合条件' : null}, ${a.dueOn ?? null},
      ${at}, ${at}, ${admin.user.id}, ${at ?? '2026-01-05T10:00:00+08:00'})
    RETURNING id`);
  const id = (rows[0] as { id: string }).id;
  if (a.paidOn)
    await t.db.execute(sql`INSERT INTO policy_payments (application_id, paid_on, amount_fen, reference, recorded_by)
      VALUES (${id}, ${a.paidOn}, ${a.approvedFen}, '示例凭证', ${admin.user.id})`);
  if (a.rating)
    await t.db.execute(sql`INSERT INTO policy_ratings (application_id, org_id, score, rated_by)
      VALUES (${id}, ${a.org.org.id}, ${a.rating}, ${admin.user.id})`);
}

beforeAll(async () => {
  t = await createTestApp({ clock, config: { session: { idleMs: YEAR, absoluteMs: YEAR, cookieSecure: false } } });
  admin = await adminCookie(t);
  e = await qualifyingEnterprises(t, '光伏产业园', 4);
  // Published after the enterprises exist: all four qualify and are told of both items.
  fast = await publishedItem(t, admin.cookie, '光伏产业园', {
    mode: 'fast',
    paymentDeadlineDays: 10,
    budgetFen: null,
    department: FAST_DEPT,
    materials: [],
  });
  apply = await publishedItem(t, admin.cookie, '光伏产业园', { budgetFen: null, department: APPLY_DEPT });
  const [e0, e1, e2, e3] = e as [Member, Member, Member, Member];
  // Two enterprises open the fast item, one the other; opening twice counts once.
  for (const [item, m] of [
    [fast, e0],
    [fast, e1],
    [fast, e1],
    [apply, e2],
  ] as const) {
    const res = await api.get(`/api/v1/policy/items/${item.id}/eligibility/${m.org.id}`, { as: m.cookie });
    expect(res.statusCode, res.body).toBe(200);
  }
  const F = { item: fast.id, mode: 'fast' as const };
  // 快申快享 (10 working days): paid in time after 10 days; paid late after 18; approved and past due; not yet due.
  await application({
    ...F,
    org: e0,
    status: 'paid',
    submittedOn: '2026-03-02',
    dueOn: '2026-03-16',
    approvedFen: 1_000_000,
    paidOn: '2026-03-12',
    rating: 5,
  });
  await application({
    ...F,
    org: e1,
    status: 'paid',
    submittedOn: '2026-03-02',
    dueOn: '2026-03-16',
    approvedFen: 2_000_000,
    paidOn: '2026-03-20',
    rating: 3,
  });
  await application({
    ...F,
    org: e2,
    status: 'approved',
    submittedOn: '2026-03-18',
    dueOn: '2026-04-01',
    approvedFen: 3_000_000,
  });
  await application({ ...F, org: e3, status: 'submitted', submittedOn: '2026-06-12', dueOn: '2026-06-26' });
  const A = { item: apply.id, mode: 'apply' as const };
  // 申报审批 (60 working days by default): paid after 10 days; paid after 128 days (past 60 working days); one of
  // 2025, one never submitted, one rejected.
  await application({
    ...A,
    org: e0,
    status: 'paid',
    submittedOn: '2026-02-02',
    approvedFen: 500_000,
    paidOn: '2026-02-12',
    rating: 4,
  });
  await application({
    ...A,
    org: e1,
    status: 'paid',
    submittedOn: '2026-02-02',
    approvedFen: 500_000,
    paidOn: '2026-06-10',
    rating: 1,
  });
  await application({
    ...A,
    org: e2,
    status: 'paid',
    submittedOn: '2025-12-01',
    approvedFen: 700_000,
    paidOn: '2026-01-05',
    rating: 5,
  });
  await application({ ...A, org: e3, status: 'draft', submittedOn: null });
  await application({ ...A, org: e0, status: 'rejected', submittedOn: '2026-03-01' });
}, 120_000);
afterAll(() => t.close());

const report = async (cookie: string, query: string) => {
  const res = await api.get(`/api/v1/policy/supervision?${query}`, { as: cookie });
  expect(res.statusCode, res.body).toBe(200);
  return supervisionReportSchema.parse(res.json());
};

describe('督导: the figures per item, department and in total', () => {
  it('counts standings, applications, amounts, the median days to payment and what is overdue', async () => {
    const r = await report(admin.cookie, 'year=2026');
    expect(r).toMatchObject({ year: 2026, from: '2026-01-01', to: '2026-12-31' });
    const byId = new Map(r.items.map((i) => [i.itemId, i]));
    expect(byId.get(fast.id)).toMatchObject({
      department: FAST_DEPT,
      mode: 'fast',
      eligible: 4,
      notified: 4,
      opened: 2,
      applied: 4,
      approved: 3,
      paid: 2,
      approvedFen: 6_000_000,
      paidFen: 3_000_000,
      medianDaysToPayment: 14,
      overdue: 1,
      paidLate: 1,
    });
    expect(byId.get(apply.id)).toMatchObject({
      eligible: 4,
      notified: 4,
      opened: 1,
      applied: 3,
      approved: 2,
      paid: 2,
      approvedFen: 1_000_000,
      paidFen: 1_000_000,
      medianDaysToPayment: 69,
      overdue: 0,
      paidLate: 1,
    });
    expect(r.byDepartment).toHaveLength(2);
    expect(r.byDepartment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ department: FAST_DEPT, items: 1, applied: 4, medianDaysToPayment: 14 }),
        expect.objectContaining({ department: APPLY_DEPT, items: 1, applied: 3, medianDaysToPayment: 69 }),
      ]),
    );
    // The total's median is over all four payments (10, 10, 18, 128), not a mean of the departments' medians.
    expect(r.totals).toEqual({
      eligible: 8,
      notified: 8,
      opened: 3,
      applied: 7,
      approved: 5,
      paid: 4,
      approvedFen: 7_000_000,
      paidFen: 4_000_000,
      medianDaysToPayment: 14,
      overdue: 1,
      paidLate: 2,
    });
    expect(r.departments).toEqual(expect.arrayContaining([FAST_DEPT, APPLY_DEPT]));
  });

  it('narrows to a range of dates and a department', async () => {
    const march = await report(admin.cookie, 'year=2026&from=2026-03-01&to=2026-12-31');
    expect(march.items.find((i) => i.itemId === apply.id)).toMatchObject({ applied: 1, approved: 0, paid: 0 });
    const one = await report(admin.cookie, `year=2026&department=${encodeURIComponent(APPLY_DEPT)}`);
    expect(one.items.map((i) => i.itemId)).toEqual([apply.id]);
    // A range outside the year is refused.
    const bad = await api.get('/api/v1/policy/supervision?year=2026&from=2025-12-01', { as: admin.cookie });
    expect(bad.statusCode).toBe(400);
  });

  it('exports the items and departments as Excel', async () => {
    const res = await api.get('/api/v1/policy/supervision/export.xlsx?year=2026', { as: admin.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const items = wb.getWorksheet('按事项 Items');
    const row = items?.getRows(2, items.rowCount - 1)?.find((x) => x.getCell(1).value === fast.id);
    // Eligible … paid (yuan), median.
    expect(row?.values).toEqual(expect.arrayContaining([fast.id, 4, 4, 2, 4, 3, 2, 60_000, 30_000, 14, 1, 1]));
    const depts = wb.getWorksheet('按部门 Departments');
    const total = depts?.getRow(depts.rowCount);
    expect(total?.getCell(1).value).toBe('合计 Total');
    expect(total?.getCell(2).value).toBe(2);
    expect(total?.getCell(9).value).toBe(70_000);
  });

  it("holds a department's administrator to its own department", async () => {
    const user = await makeUser(t, { role: 'admin' });
    await t.db.execute(sql`UPDATE users SET department = ${FAST_DEPT} WHERE id = ${user.id}`);
    const cookie = await login(t, user.username);
    const mine = await report(cookie, 'year=2026');
    expect(mine.items.map((i) => i.itemId)).toEqual([fast.id]);
    expect(mine.departments).toEqual([FAST_DEPT]);
    const other = `/api/v1/policy/supervision?year=2026&department=${encodeURIComponent(APPLY_DEPT)}`;
    expect((await api.get(other, { as: cookie })).statusCode).toBe(403);
  });
});

describe('第三方评估: the three rates, each with its parts', () => {
  let evaluator: string;
  beforeAll(async () => {
    const user = await makeUser(t, { role: 'evaluator' });
    evaluator = await login(t, user.username);
  });

  it('gives 知晓覆盖率, 办理满意率 (with the mean) and 兑现到位率 per item and for the year', async () => {
    const res = await api.get('/api/v1/policy/evaluation?year=2026', { as: evaluator });
    expect(res.statusCode, res.body).toBe(200);
    const r = evaluationReportSchema.parse(res.json());
    expect(r.items.find((i) => i.itemId === fast.id)).toMatchObject({
      awareness: { numerator: 2, denominator: 4, rate: 0.5 },
      satisfaction: { numerator: 1, denominator: 2, rate: 0.5, mean: 4 },
      onTime: { numerator: 1, denominator: 3 },
    });
    expect(r.items.find((i) => i.itemId === apply.id)).toMatchObject({
      awareness: { numerator: 1, denominator: 4, rate: 0.25 },
      satisfaction: { numerator: 1, denominator: 2, mean: 2.5 },
      onTime: { numerator: 1, denominator: 2, rate: 0.5 },
    });
    expect(r.totals).toEqual({
      awareness: { numerator: 3, denominator: 8, rate: 0.375 },
      satisfaction: { numerator: 2, denominator: 4, rate: 0.5, mean: 3.25 },
      onTime: { numerator: 2, denominator: 5, rate: 0.4 },
    });
    // A year without applications has rates of nothing: null, not 0.
    const empty = evaluationReportSchema.parse(
      (await api.get('/api/v1/policy/evaluation?year=2020', { as: evaluator })).json(),
    );
    expect(empty.totals.onTime).toEqual({ numerator: 0, denominator: 0, rate: null });
  });

  it('extracts the per-item rates and figures as Excel, naming no enterprise and no person', async () => {
    const res = await api.get('/api/v1/policy/evaluation/export.xlsx?year=2026', { as: evaluator });
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const text = JSON.stringify(sheet?.getSheetValues());
    expect(text).toContain(fast.title);
    for (const m of e) expect(text).not.toContain(m.org.name);
    expect(text).not.toContain(ACCOUNT.accountName);
    const total = sheet?.getRow(sheet.rowCount);
    expect(total?.getCell(1).value).toBe('合计 Total');
    // Awareness 37.5%, on time 40%.
    expect(total?.getCell(6).value).toBe(37.5);
    expect(total?.getCell(13).value).toBe(40);
  });

  it('lands the evaluator on a workbench that leads to the evaluation', async () => {
    const items = (await api.get('/api/v1/workbench', { as: evaluator })).json().items as WorkItem[];
    expect(items.find((i) => i.key === 'policy.evaluation')).toEqual({
      key: 'policy.evaluation',
      count: 2,
      link: '/evaluation/policies?year=2026',
    });
  });

  it('lets the evaluator read only: no supervision figures, no writes', async () => {
    expect((await api.get('/api/v1/policy/supervision?year=2026', { as: evaluator })).statusCode).toBe(403);
    const write = await api.post(`/api/v1/policy/items/${fast.id}/end`, { to: 'closed' }, { as: evaluator });
    expect(write.statusCode).toBe(403);
    const holiday = await api.put(
      '/api/v1/policy/holidays/2026-07-01',
      { kind: 'holiday', name: '示例' },
      {
        as: evaluator,
      },
    );
    expect(holiday.statusCode).toBe(403);
  });

  it('refuses enterprises and anonymous callers', async () => {
    const m = e[0] as Member;
    for (const path of ['/policy/supervision?year=2026', '/policy/evaluation?year=2026'])
      expect((await api.get(`/api/v1${path}`, { as: m.cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/policy/evaluation/export.xlsx?year=2026')).statusCode).toBe(401);
  });
});
