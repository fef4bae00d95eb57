import type { WorkItem } from '@cz/shared';
import { autoCandidatePageSchema, policyApplicationDetailSchema, policyApplicationPageSchema } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import {
  ACCOUNT,
  type Member,
  policyApi,
  publishedItem,
  qualifyingEnterprises,
} from '../../../test/policy-fixtures.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

// Thursday 30 April 2026, 10:00 in Shanghai: the day before the May holiday (1–5 May off, Saturday 9 May worked).
const THURSDAY = new Date('2026-04-30T02:00:00Z');
const clock = fixedClock(THURSDAY);
const YEAR = 365 * 24 * 3_600_000;
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { session: { idleMs: YEAR, absoluteMs: YEAR, cookieSecure: false } } });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const detailOf = (res: { statusCode: number; body: string; json: () => unknown }) => {
  expect(res.statusCode, res.body).toBe(200);
  return policyApplicationDetailSchema.parse(res.json());
};
const workbench = async (cookie: string) =>
  Object.fromEntries(
    ((await api.get('/api/v1/workbench', { as: cookie })).json().items as WorkItem[]).map((i) => [i.key, i.count]),
  );
/** The nightly recheck of every open item, run now and waited for. */
const recheck = async () => {
  await policyApi(t).runner.startAndDrain(null, null, 'recheck');
  await policyApi(t).runner.drain();
};
const candidates = async (itemId: number) => {
  const res = await api.get(`/api/v1/policy/items/${itemId}/auto-candidates`, { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return autoCandidatePageSchema.parse(res.json());
};

describe('免申即享: the department confirms the computed list', () => {
  it('confirms the enterprises still eligible within the budget; each accepts and is paid, or refuses', async () => {
    // 2万元 each, 5万元 in all: two fit, a third does not.
    const item = await publishedItem(t, admin, '光伏产业园', {
      mode: 'auto',
      amount: { kind: 'fixed', amountFen: 2_000_000 },
      budgetFen: 5_000_000,
      materials: [],
    });
    const [a, b, c] = (await qualifyingEnterprises(t, '光伏产业园', 3)) as [Member, Member, Member];
    // The item was published before these enterprises existed: the nightly recheck finds them.
    await recheck();
    expect((await candidates(item.id)).items.map((x) => x.result)).toEqual(['eligible', 'eligible', 'eligible']);

    // One reports fewer tech staff: the list still holds it, but the check now says it no longer qualifies.
    const put = await api.put(
      `/api/v1/orgs/${c.org.id}/indicators/2025`,
      { year: 2025, revenue: 1_000_000_000, rdExpense: 42_000_000, totalAssets: 1, employees: 100, techStaff: 5 },
      { as: c.cookie },
    );
    expect(put.statusCode, put.body).toBe(200);
    const list = await candidates(item.id);
    expect(list.items.find((x) => x.orgId === c.org.id)).toMatchObject({ result: 'not_eligible', amountFen: null });
    expect(list).toMatchObject({ budgetFen: 5_000_000, committedFen: 0, total: 3 });

    // No form for an automatic benefit.
    expect(
      (await api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: a.cookie })).json().error.code,
    ).toBe('policy.application_item_auto');
    // An enterprise does not confirm lists.
    expect(
      (await api.post(`/api/v1/policy/items/${item.id}/auto-confirm`, { all: true }, { as: a.cookie })).statusCode,
    ).toBe(403);

    const confirmed = await api.post(`/api/v1/policy/items/${item.id}/auto-confirm`, { all: true }, { as: admin });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      totalFen: 4_000_000,
      skipped: [{ orgId: c.org.id, reason: 'not_eligible' }],
    });
    const byOrg = new Map(
      (confirmed.json().confirmed as { orgId: number; applicationId: number }[]).map((x) => [x.orgId, x.applicationId]),
    );
    const idA = byOrg.get(a.org.id) as number;
    const idB = byOrg.get(b.org.id) as number;
    // Confirming again changes nothing.
    const again = await api.post(`/api/v1/policy/items/${item.id}/auto-confirm`, { orgIds: [a.org.id] }, { as: admin });
    expect(again.json()).toMatchObject({ confirmed: [], skipped: [{ orgId: a.org.id, reason: 'has_application' }] });

    // The enterprise is told and finds it on its workbench.
    const told = (await api.get('/api/v1/notifications', { as: a.cookie }))
      .json()
      .items.filter((n: { kind: string }) => n.kind === 'policy.auto_confirmed');
    expect(told).toEqual([expect.objectContaining({ params: expect.objectContaining({ amount: 2_000_000 }) })]);
    expect(await workbench(a.cookie)).toMatchObject({ 'policy.auto_confirm': 1, 'policy.returned': 0 });
    const mine = detailOf(await api.get(`/api/v1/policy/applications/${idA}`, { as: a.cookie }));
    expect(mine).toMatchObject({ status: 'confirmed', nextStep: 'confirm', approvedFen: 2_000_000, mode: 'auto' });

    // A third enterprise qualifies later: confirming it would pass the budget, so nothing is confirmed.
    const [d] = (await qualifyingEnterprises(t, '光伏产业园', 1)) as [Member];
    await recheck();
    const over = await api.post(`/api/v1/policy/items/${item.id}/auto-confirm`, { orgIds: [d.org.id] }, { as: admin });
    expect(over.json().error.code).toBe('policy.application_budget_exceeded');

    // A confirms its intent and account and is paid; B refuses, which frees its share for D.
    const accepted = detailOf(await api.post(`/api/v1/policy/applications/${idA}/accept`, ACCOUNT, { as: a.cookie }));
    expect(accepted).toMatchObject({ status: 'accepted', nextStep: 'payment', accountNumber: '6222020012345678' });
    const refused = detailOf(
      await api.post(`/api/v1/policy/applications/${idB}/refuse`, { reason: '本年度已享受同类支持' }, { as: b.cookie }),
    );
    expect(refused).toMatchObject({ status: 'refused', refusalReason: '本年度已享受同类支持' });
    expect(
      (await api.post(`/api/v1/policy/applications/${idB}/accept`, ACCOUNT, { as: b.cookie })).json().error.code,
    ).toBe('policy.application_state');
    const forD = await api.post(`/api/v1/policy/items/${item.id}/auto-confirm`, { orgIds: [d.org.id] }, { as: admin });
    expect(forD.json().confirmed).toHaveLength(1);

    const paid = detailOf(
      await api.post(
        `/api/v1/policy/applications/${idA}/payment`,
        { paidOn: '2026-04-30', amountFen: 2_000_000, reference: '示例凭证AUTO-01' },
        { as: admin },
      ),
    );
    expect(paid).toMatchObject({ status: 'paid', payment: { amountFen: 2_000_000 } });
    expect(paid.history.map((h) => h.step)).toEqual(['confirm', 'accept', 'pay']);
    const { rows } = await t.db.execute(sql`
      SELECT status, paid_fen FROM policy_redemptions WHERE item_id = ${item.id} ORDER BY application_id`);
    expect(rows).toEqual([
      { status: 'paid', paid_fen: 2_000_000 },
      { status: 'refused', paid_fen: null },
      { status: 'confirmed', paid_fen: null },
    ]);
  });
});

describe('快申快享: paid within working days of the application', () => {
  it('counts the deadline in working days across the May holiday and its weekend, and shows it overdue', async () => {
    // Four working days from Thursday 30 April: 6, 7, 8 May and Saturday 9 May (worked).
    const item = await publishedItem(t, admin, '智能制造实验区', {
      mode: 'fast',
      paymentDeadlineDays: 4,
      materials: [],
    });
    const [e] = (await qualifyingEnterprises(t, '智能制造实验区', 1)) as [Member];
    const draft = (await api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: e.cookie })).json();
    const submitted = detailOf(
      await api.post(
        `/api/v1/policy/applications/${draft.id}/submit`,
        { requestedFen: 4_200_000, ...ACCOUNT },
        { as: e.cookie },
      ),
    );
    expect(submitted.timer).toEqual({ dueOn: '2026-05-09', workingDaysLeft: 4, overdue: false });
    const near = policyApplicationPageSchema.parse(
      (await api.get('/api/v1/policy/applications?due=near', { as: admin })).json(),
    );
    expect(near.items.map((x) => x.id)).toContain(draft.id);
    expect((await api.get('/api/v1/policy/applications?due=overdue', { as: admin })).json().total).toBe(0);
    expect(await workbench(admin)).toMatchObject({ 'policy.fast_due': near.total });

    // Monday 11 May: the deadline has passed.
    clock.set(new Date('2026-05-11T02:00:00Z'));
    try {
      const overdue = policyApplicationPageSchema.parse(
        (await api.get('/api/v1/policy/applications?due=overdue', { as: admin })).json(),
      );
      expect(overdue.items.find((x) => x.id === draft.id)?.timer).toEqual({
        dueOn: '2026-05-09',
        workingDaysLeft: -1,
        overdue: true,
      });
    } finally {
      clock.set(THURSDAY);
    }
  });

  it('takes sixty working days when the item does not say, and counts the zone’s own holidays', async () => {
    const item = await publishedItem(t, admin, '5G电子智造基地', { mode: 'fast', materials: [] });
    // The zone closes on Wednesday 6 May as well: the count moves by a day.
    const set = await api.put(
      '/api/v1/policy/holidays/2026-05-06',
      { kind: 'holiday', name: '示例园区调整' },
      { as: admin },
    );
    expect(set.statusCode, set.body).toBe(200);
    try {
      const [e] = (await qualifyingEnterprises(t, '5G电子智造基地', 1)) as [Member];
      const draft = (await api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: e.cookie })).json();
      const submitted = detailOf(
        await api.post(
          `/api/v1/policy/applications/${draft.id}/submit`,
          { requestedFen: 1_000_000, ...ACCOUNT },
          { as: e.cookie },
        ),
      );
      // 60 working days from 30 April, past the May holiday, 6 May, the Dragon Boat Festival (19 June) and Saturday 9
      // May worked: Wednesday 29 July 2026.
      expect(submitted.timer?.dueOn).toBe('2026-07-29');
    } finally {
      await api.delete('/api/v1/policy/holidays/2026-05-06', { as: admin });
    }
  });
});

describe("the zone's calendar", () => {
  it('holds the 2026 holidays as published, and only the administration changes it', async () => {
    const year = (await api.get('/api/v1/policy/holidays?year=2026&pageSize=100', { as: admin })).json().items as {
      day: string;
      kind: string;
    }[];
    expect(year.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(year.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // Only a Saturday or Sunday is made a working day.
    expect(
      (await api.put('/api/v1/policy/holidays/2026-05-07', { kind: 'workday', name: '示例' }, { as: admin })).json()
        .error.code,
    ).toBe('policy.holiday_workday_weekend');
    const [e] = (await qualifyingEnterprises(t, '高新区本部', 1)) as [Member];
    expect(
      (await api.put('/api/v1/policy/holidays/2026-05-07', { kind: 'holiday', name: '示例' }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    expect((await api.delete('/api/v1/policy/holidays/2026-03-03', { as: admin })).json().error.code).toBe(
      'policy.holiday_not_found',
    );
  });
});

describe('the department’s list', () => {
  it('pages without overlap, finds by the enterprise’s name, and the public 公示 pages too', async () => {
    const { total } = await walkPages(api, '/api/v1/policy/applications', admin, 2);
    expect(total).toBeGreaterThanOrEqual(4);
    const one = (await api.get('/api/v1/policy/applications?pageSize=1', { as: admin })).json().items[0];
    const found = (
      await api.get(`/api/v1/policy/applications?q=${encodeURIComponent(one.orgName)}`, { as: admin })
    ).json();
    expect(found.items.map((x: { id: number }) => x.id)).toContain(one.id);
    expect((await api.get('/api/v1/policy/applications?q=%25%25%25', { as: admin })).json().total).toBe(0);
    await walkPages(api, '/api/v1/policy/notices', undefined, 1);
  });

  it('exports what it shows as Excel, for the administration only', async () => {
    const res = await api.get('/api/v1/policy/applications/export.xlsx?mode=fast', { as: admin });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet?.getRow(1).getCell(2).value).toBe('政策事项 Item');
    const total = (await api.get('/api/v1/policy/applications?mode=fast', { as: admin })).json().total as number;
    expect(sheet?.rowCount).toBe(total + 1);
    const [e] = (await qualifyingEnterprises(t, '高新区本部', 1)) as [Member];
    expect((await api.get('/api/v1/policy/applications/export.xlsx', { as: e.cookie })).statusCode).toBe(403);
  });
});
