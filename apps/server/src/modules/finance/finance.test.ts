import { shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit, productBody, refused } from './finance.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai: two working days later is Tuesday 31 March.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, institution, published } = financeKit(() => ({ t, admin }));

const needBody = (o: Record<string, unknown> = {}) => ({
  amountFen: 100_000_000,
  termMonths: 12,
  purpose: 'working_capital',
  purposeText: '采购原材料，扩大示例产线产能。',
  guaranteeOffered: ['credit'],
  collateral: [],
  rateCeilingBp: null,
  neededBy: '2026-06-30',
  ...o,
});

describe('institutions and products of the 金融超市', () => {
  it('lets only a verified finance organisation write its profile', async () => {
    const ent = await enterpriseWithUser(t);
    const body = { kind: 'bank', intro: '示例简介，至少十个字。', contactName: '示例', contactPhone: '0355-5550101' };
    expect((await api.put('/api/v1/finance/institutions/mine', body, { as: ent.cookie })).json().error.code).toBe(
      'finance.not_finance_org',
    );
    const {
      users: [pending],
    } = await seed(t, {
      organisations: [{ key: 'p', kind: 'finance', status: 'pending' }],
      users: [{ role: 'finance', org: 'p', login: true }],
    });
    expect((await api.put('/api/v1/finance/institutions/mine', body, { as: pending.cookie })).statusCode).toBe(403);
    const bank = await institution('示例长治科技银行');
    const listed = await api.get('/api/v1/finance/institutions?kind=bank');
    const mine = listed.json().items.find((i: { orgId: number }) => i.orgId === bank.org.id);
    // Its staff are its members on the platform.
    expect(mine.staff).toEqual([bank.user.displayName]);
  });

  it('takes a product through review: a draft is private, the office publishes, the public compares', async () => {
    const bank = await institution('示例晋东银行');
    const bad = await api.post('/api/v1/finance/products', productBody({ labels: ['nosuch'] }), { as: bank.cookie });
    expect([bad.statusCode, bad.json().error.code]).toEqual([422, 'finance.unknown_label']);
    const order = await api.post(
      '/api/v1/finance/products',
      productBody({ amount: { min: 10, default: 5, max: 20 } }),
      { as: bank.cookie },
    );
    expect(order.statusCode).toBe(400);

    const draft = await api.post('/api/v1/finance/products', productBody({ name: '示例草稿产品' }), {
      as: bank.cookie,
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id;
    expect((await api.get(`/api/v1/finance/products/${id}`)).statusCode).toBe(404);
    // Only the office reviews, and only a submitted product.
    expect(
      (await api.post(`/api/v1/finance/products/${id}/review`, { decision: 'publish' }, { as: admin })).json().error
        .code,
    ).toBe('finance.product_state');
    expect(
      (await api.post(`/api/v1/finance/products/${id}/step`, { action: 'submit' }, { as: bank.cookie })).json().status,
    ).toBe('submitted');
    expect(
      (await api.post(`/api/v1/finance/products/${id}/review`, { decision: 'publish' }, { as: bank.cookie }))
        .statusCode,
    ).toBe(403);
    const returned = await api.post(
      `/api/v1/finance/products/${id}/review`,
      { decision: 'return', note: '请补充适用地区' },
      { as: admin },
    );
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: '请补充适用地区' });
    // A department that is not the finance office's does not review.
    const {
      users: [other],
    } = await seed(t, { users: [{ role: 'admin', department: '科技创新部', login: true }] });
    await api.post(`/api/v1/finance/products/${id}/step`, { action: 'submit' }, { as: bank.cookie });
    expect(
      (await api.post(`/api/v1/finance/products/${id}/review`, { decision: 'publish' }, { as: other.cookie }))
        .statusCode,
    ).toBe(403);
    expect(
      (await api.post(`/api/v1/finance/products/${id}/review`, { decision: 'publish' }, { as: admin })).json().status,
    ).toBe('published');
    // The database holds the order too.
    await refused(
      t.db.execute(sql`UPDATE finance_products SET status = 'draft' WHERE id = ${id}`),
      /cannot go from published to draft/,
    );

    const second = await published(bank.cookie, { name: '示例科技助保贷', kind: 'guarantee', labels: ['zhubao'] });
    const compared = await api.get(`/api/v1/finance/products/compare?ids=${second},${id}`);
    expect(compared.statusCode, compared.body).toBe(200);
    expect(compared.json().items.map((p: { id: number }) => p.id)).toEqual([second, id]);
    expect((await api.get('/api/v1/finance/products/compare?ids=1,2,3,4,5')).statusCode).toBe(400);
    const byLabel = await api.get('/api/v1/finance/products?label=zhubao');
    expect(byLabel.json().items.map((p: { id: number }) => p.id)).toEqual([second]);
  });
});

describe('a financing need: pushed to fitting institutions, consented facts, a case to disbursement', () => {
  let fits: Awaited<ReturnType<typeof institution>>;
  let tooSmall: Awaited<ReturnType<typeof institution>>;
  let ent: Awaited<ReturnType<typeof enterpriseWithUser>>;
  let needId: number;

  beforeAll(async () => {
    fits = await institution('示例太行农商银行');
    tooSmall = await institution('示例小额贷款公司', 'small_loan');
    await published(fits.cookie, { name: '示例科技快速贷', labels: ['kuaisu'] });
    await published(tooSmall.cookie, {
      name: '示例微贷',
      amount: { min: 1_000_000, default: 5_000_000, max: 20_000_000 },
    });
    ent = await enterpriseWithUser(t);
  });

  it('pushes the need to the institutions with a product that fits, with a first-contact day two working days on', async () => {
    const past = await api.post('/api/v1/finance/needs', needBody({ neededBy: '2026-03-26' }), { as: ent.cookie });
    expect(past.json().error.code).toBe('finance.needed_by_past');
    const bank = await api.post('/api/v1/finance/needs', needBody(), { as: fits.cookie });
    expect(bank.json().error.code).toBe('finance.not_enterprise');

    const posted = await api.post('/api/v1/finance/needs', needBody(), { as: ent.cookie });
    expect(posted.statusCode, posted.body).toBe(201);
    const need = posted.json();
    needId = need.id;
    expect(need).toMatchObject({ status: 'open', firstContactDue: '2026-03-31', firstContactAt: null });
    const to = need.pushes.map((p: { institutionOrgId: number }) => p.institutionOrgId);
    expect(to).toContain(fits.org.id);
    expect(to).not.toContain(tooSmall.org.id);

    // The pushed institution sees the need with its own push only; one not pushed does not see it.
    const seen = await api.get(`/api/v1/finance/needs/${needId}`, { as: fits.cookie });
    expect(seen.json().pushes.map((p: { institutionOrgId: number }) => p.institutionOrgId)).toEqual([fits.org.id]);
    expect((await api.get(`/api/v1/finance/needs/${needId}`, { as: tooSmall.cookie })).statusCode).toBe(404);
    const inbox = await api.get('/api/v1/finance/needs?scope=pushed', { as: fits.cookie });
    expect(inbox.json().items.map((n: { id: number }) => n.id)).toContain(needId);
    const told = await t.db.execute(sql`
      SELECT count(*)::int AS n FROM notifications n JOIN memberships m ON m.user_id = n.user_id
      WHERE m.org_id = ${fits.org.id} AND n.kind = 'finance.need_pushed'`);
    expect((told.rows[0] as { n: number }).n).toBeGreaterThanOrEqual(1);

    // The enterprise sees every product checked for its need, with the reason of each.
    const checks = await api.get(`/api/v1/finance/needs/${needId}/prechecks?result=not_eligible`, { as: ent.cookie });
    expect(checks.json().counts.not_eligible).toBe(checks.json().total);
    expect(checks.json().counts.eligible).toBeGreaterThanOrEqual(1);
    const small = checks
      .json()
      .items.find((c: { lines: { kind: string; outcome: string }[] }) =>
        c.lines.some((l) => l.kind === 'amount' && l.outcome === 'not_met'),
      );
    expect(small.result).toBe('not_eligible');
    expect((await api.get(`/api/v1/finance/needs/${needId}/prechecks`, { as: fits.cookie })).statusCode).toBe(404);
  });

  it('shows an institution nothing of the enterprise without its consent, and only the scopes consented', async () => {
    await seed(t, { orgIndicators: [{ org: ent.org.id, year: 2025, revenue: 800_000_000, rdExpense: 40_000_000 }] });
    const none = await api.get(`/api/v1/finance/enterprises/${ent.org.id}/facts`, { as: fits.cookie });
    expect([none.statusCode, none.json().error.code]).toEqual([403, 'finance.no_consent']);
    expect(JSON.stringify(none.json())).not.toContain('800000000');

    const past = await api.post(
      '/api/v1/finance/consents',
      { institutionOrgIds: [fits.org.id], scopes: ['indicators'], validUntil: '2026-03-26' },
      { as: ent.cookie },
    );
    expect(past.json().error.code).toBe('finance.consent_past');
    const granted = await api.post(
      '/api/v1/finance/consents',
      { institutionOrgIds: [fits.org.id], scopes: ['indicators'], validUntil: '2026-06-30', needId },
      { as: ent.cookie },
    );
    expect(granted.statusCode, granted.body).toBe(201);
    const consentId = granted.json().items[0].id;

    const read = await api.get(`/api/v1/finance/enterprises/${ent.org.id}/facts`, { as: fits.cookie });
    expect(read.statusCode, read.body).toBe(200);
    const facts = read.json().facts as Record<string, unknown>;
    expect(facts['org.revenueFen']).toBe(800_000_000);
    expect(Object.keys(facts).every((k) => k.startsWith('org.'))).toBe(true);
    expect(read.json().creditRecords).toEqual([]);
    // Another institution still sees nothing.
    expect((await api.get(`/api/v1/finance/enterprises/${ent.org.id}/facts`, { as: tooSmall.cookie })).statusCode).toBe(
      403,
    );
    // The read is logged for the enterprise, and only for it.
    const reads = await api.get('/api/v1/finance/consent-reads', { as: ent.cookie });
    expect(reads.json()).toMatchObject({ total: 1, items: [{ consentId, scopes: ['indicators'] }] });
    expect((await api.get('/api/v1/finance/consent-reads', { as: tooSmall.cookie })).json().total).toBe(0);
    // Revoked: nothing again. A consent's terms cannot be changed in the database.
    expect((await api.post(`/api/v1/finance/consents/${consentId}/revoke`, {}, { as: fits.cookie })).statusCode).toBe(
      404,
    );
    const revoked = await api.post(`/api/v1/finance/consents/${consentId}/revoke`, {}, { as: ent.cookie });
    expect(revoked.json()).toMatchObject({ active: false, reads: 1 });
    expect((await api.get(`/api/v1/finance/enterprises/${ent.org.id}/facts`, { as: fits.cookie })).statusCode).toBe(
      403,
    );
    await refused(
      t.db.execute(sql`UPDATE finance_consents SET valid_until = '2027-01-01' WHERE id = ${consentId}`),
      /only a revocation/,
    );
  });

  it('takes the claimed case from contact to a disbursed loan, the enterprise seeing every step', async () => {
    expect((await api.post(`/api/v1/finance/needs/${needId}/claim`, {}, { as: tooSmall.cookie })).statusCode).toBe(403);
    const claimed = await api.post(`/api/v1/finance/needs/${needId}/claim`, {}, { as: fits.cookie });
    expect(claimed.statusCode, claimed.body).toBe(201);
    const caseId = claimed.json().id;
    expect((await api.post(`/api/v1/finance/needs/${needId}/claim`, {}, { as: fits.cookie })).statusCode).toBe(409);
    expect((await api.get(`/api/v1/finance/needs/${needId}`, { as: ent.cookie })).json().status).toBe('in_progress');

    const step = (body: Record<string, unknown>, as = fits.cookie) =>
      api.post(`/api/v1/finance/cases/${caseId}/step`, body, { as });
    expect((await step({ action: 'approve', amountFen: 1, rateBp: 350, termMonths: 12 })).json().error.code).toBe(
      'finance.case_state',
    );
    expect((await step({ action: 'contact', note: '已电话联系企业财务负责人' }, ent.cookie)).statusCode).toBe(403);
    expect((await step({ action: 'contact', note: '已电话联系企业财务负责人' })).json().status).toBe('contacted');
    expect((await api.get(`/api/v1/finance/needs/${needId}`, { as: ent.cookie })).json().firstContactAt).not.toBeNull();
    expect((await step({ action: 'diligence' })).json().status).toBe('due_diligence');
    const approved = await step({ action: 'approve', amountFen: 80_000_000, rateBp: 360, termMonths: 12 });
    expect(approved.json()).toMatchObject({ status: 'approved', approvedFen: 80_000_000, rateBp: 360 });
    const over = await step({ action: 'disburse', amountFen: 80_000_001, on: '2026-03-27' });
    expect([over.statusCode, over.json().error.code]).toEqual([422, 'finance.over_approved']);
    const future = await step({ action: 'disburse', amountFen: 80_000_000, on: '2026-03-28' });
    expect(future.json().error.code).toBe('finance.date_future');
    const paid = await step({ action: 'disburse', amountFen: 80_000_000, on: '2026-03-27' });
    expect(paid.json()).toMatchObject({ status: 'disbursed', disbursedFen: 80_000_000 });

    const seen = await api.get(`/api/v1/finance/cases/${caseId}`, { as: ent.cookie });
    expect(seen.json().events.map((e: { status: string }) => e.status)).toEqual([
      'claimed',
      'contacted',
      'due_diligence',
      'approved',
      'disbursed',
    ]);
    expect((await api.get(`/api/v1/finance/cases/${caseId}`, { as: tooSmall.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/finance/needs/${needId}`, { as: ent.cookie })).json().status).toBe('funded');
    const audited = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'finance_case' AND entity_id = ${String(caseId)} ORDER BY id`,
    );
    expect(audited.rows.map((r) => (r as { action: string }).action)).toEqual([
      'finance.case.claim',
      'finance.case.contact',
      'finance.case.diligence',
      'finance.case.approve',
      'finance.case.disburse',
    ]);
    // The year's figures: one enterprise served, contacted on the day it posted (0 working days), one loan paid.
    expect((await api.get('/api/v1/finance/statistics?year=2026', { as: ent.cookie })).statusCode).toBe(403);
    const stats = (await api.get('/api/v1/finance/statistics?year=2026', { as: admin })).json();
    expect(stats).toMatchObject({
      served: 1,
      servedTarget: 50,
      approvedFen: 80_000_000,
      disbursedFen: 80_000_000,
      approved: 1,
      decided: 1,
      approvalPercent: 100,
      p90ContactDays: 0,
      onTimePercent: 100,
    });
    expect(stats.byMonth.find((m: { month: string }) => m.month === '2026-03')).toMatchObject({
      served: 1,
      disbursedFen: 80_000_000,
    });
    expect(stats.byInstitution.find((i: { orgId: number }) => i.orgId === fits.org.id)).toMatchObject({
      claimed: 1,
      contacted: 1,
      onTime: 1,
      medianContactDays: 0,
      disbursed: 1,
      conversionPercent: 100,
    });
    const xlsx = await api.get('/api/v1/finance/statistics/export.xlsx?year=2026', { as: admin });
    expect([xlsx.statusCode, xlsx.headers['content-type']]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    // Named with the year and the zone's date of the download, as every export.
    expect(xlsx.headers['content-disposition']).toBe(
      `attachment; filename*=UTF-8''finance-statistics-2026-${shanghaiDate(new Date())}.xlsx`,
    );
    // The database refuses a disbursement over the approval and a step out of order.
    await refused(
      t.db.execute(sql`UPDATE finance_cases SET disbursed_fen = approved_fen + 1 WHERE id = ${caseId}`),
      /finance_cases_disbursed_within/,
    );
    await refused(
      t.db.execute(sql`UPDATE finance_cases SET status = 'claimed' WHERE id = ${caseId}`),
      /cannot go from disbursed to claimed/,
    );
  });

  it('tells the finance office of a need nobody contacted by its day, once', async () => {
    const other = await enterpriseWithUser(t);
    const posted = (await api.post('/api/v1/finance/needs', needBody(), { as: other.cookie })).json();
    expect(posted.firstContactDue).toBe('2026-03-31');
    const sweep = () =>
      t.modules
        .flatMap((m) => m.jobs ?? [])
        .find((j) => j.name === 'finance-sweep')
        ?.run();
    await sweep();
    expect((await api.get(`/api/v1/finance/needs/${posted.id}`, { as: admin })).json().escalatedAt).toBeNull();
    clock.set(new Date('2026-04-01T02:00:00Z')); // Wednesday 1 April, 10:00 in Shanghai: past the day.
    await sweep();
    await sweep();
    const row = await t.db.execute(sql`SELECT escalated_at FROM finance_needs WHERE id = ${posted.id}`);
    expect((row.rows[0] as { escalated_at: unknown }).escalated_at).not.toBeNull();
    const notices = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM notifications WHERE kind = 'finance.need_escalated' AND params->>'id' = ${String(posted.id)}`,
    );
    expect((notices.rows[0] as { n: number }).n).toBeGreaterThanOrEqual(1);
    const once = await t.db.execute(
      sql`SELECT count(DISTINCT user_id)::int AS users, count(*)::int AS n FROM notifications
          WHERE kind = 'finance.need_escalated' AND params->>'id' = ${String(posted.id)}`,
    );
    const o = once.rows[0] as { users: number; n: number };
    expect(o.n).toBe(o.users);
  });
});
