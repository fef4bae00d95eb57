import { policyApplicationDetailSchema, policyApplicationPageSchema, policyNoticePageSchema } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import {
  ACCOUNT,
  type Member,
  publishedItem,
  putMaterial,
  qualifyingEnterprises,
  usualVault,
} from '../../../test/policy-fixtures.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import type { MaterialsApi } from '../materials/index.ts';

// Thursday 30 April 2026, 10:00 in Shanghai: the day before the May holiday.
const clock = fixedClock(new Date('2026-04-30T02:00:00Z'));
const YEAR = 365 * 24 * 3_600_000;
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock, config: { session: { idleMs: YEAR, absoluteMs: YEAR, cookieSecure: false } } });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);
const vault = () => t.modules.find((m) => m.name === 'materials')?.api as MaterialsApi;

const detailOf = (res: { statusCode: number; body: string; json: () => unknown }, status = 200) => {
  expect(res.statusCode, res.body).toBe(status);
  return policyApplicationDetailSchema.parse(res.json());
};
const open = async (e: Member, itemId: number, status = 201) =>
  detailOf(await api.post(`/api/v1/policy/items/${itemId}/applications`, {}, { as: e.cookie }), status);
const form = (o: Record<string, unknown> = {}) => ({ requestedFen: 4_200_000, ...ACCOUNT, note: '', ...o });
const submit = (e: Member, id: number, o: Record<string, unknown> = {}) =>
  api.post(`/api/v1/policy/applications/${id}/submit`, form(o), { as: e.cookie });
const notices = async (cookie: string, kind: string) =>
  (await api.get('/api/v1/notifications?pageSize=100', { as: cookie }))
    .json()
    .items.filter((n: { kind: string }) => n.kind === kind);
const auditActions = async (id: number) =>
  (
    await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'policy_application' AND entity_id = ${String(id)} ORDER BY id`,
    )
  ).rows.map((r) => r.action);

describe('申报审批: an application to an open item', () => {
  it('goes from the form to payment: eligibility recorded, only the missing material asked for, named points corrected, publicised, paid and rated', async () => {
    const item = await publishedItem(t, admin, '光伏产业园');
    const [e] = (await qualifyingEnterprises(t, '光伏产业园', 1)) as [Member];
    const { statements, licence } = await usualVault(t, e);

    // The form: eligible, with the amount the rule gives prefilled, and the vault holding all but the audit report.
    const draft = await open(e, item.id);
    expect(draft).toMatchObject({ status: 'draft', nextStep: 'submit', capFen: 4_200_000, eligibilityLive: true });
    expect(draft.eligibility?.result).toBe('eligible');
    const resolved = await vault().resolve(e.org.id, draft.requirements, '2026-04-30');
    expect(resolved.items.map((i) => [i.requirement.kind, i.satisfied])).toEqual([
      ['financial_statements', true],
      ['audit_report', false],
      ['business_licence', true],
    ]);
    // Opening it again finds the same draft.
    expect((await open(e, item.id, 200)).id).toBe(draft.id);

    // Handing it in without the audit report is refused, naming it.
    const missing = await submit(e, draft.id);
    expect(missing.json().error).toMatchObject({ code: 'policy.application_materials_missing' });
    expect(missing.json().error.details).toEqual([expect.objectContaining({ kind: 'audit_report' })]);

    // The form asks only for the missing one: the ask is counted, and no valid material was asked for again.
    const before = await vault().askedAgain(t.db);
    const audit = await putMaterial(t, e, {
      kind: 'audit_report',
      title: '示例2025年度审计报告',
      year: 2025,
      askedFor: { area: 'policy', entity: 'application', id: draft.id },
    });
    const after = await vault().askedAgain(t.db);
    expect(after.asked - before.asked).toBe(1);
    expect(after.askedAgain).toBe(0);

    // Never more than the rule gives.
    expect((await submit(e, draft.id, { requestedFen: 4_200_001 })).json().error.code).toBe(
      'policy.application_above_cap',
    );
    expect((await submit(e, draft.id, { accountNumber: '12-34' })).statusCode).toBe(400);
    const submitted = detailOf(await submit(e, draft.id));
    expect(submitted).toMatchObject({
      status: 'submitted',
      nextStep: 'review',
      capFen: 4_200_000,
      requestedFen: 4_200_000,
      accountNumber: '6222020012345678',
      eligibilityLive: false,
    });
    expect(submitted.eligibility?.result).toBe('eligible');
    expect(submitted.materials.map((m) => m.materialId).sort()).toEqual([statements.id, audit.id, licence.id].sort());
    expect(await notices(admin, 'policy.application_submitted')).toEqual([
      expect.objectContaining({ link: `/admin/policy-applications/${draft.id}` }),
    ]);

    // Attached materials never change in place.
    const patch = await api.patch(
      `/api/v1/materials/orgs/${e.org.id}/${statements.id}`,
      { title: '示例2025年度财务报表（改）' },
      { as: e.cookie },
    );
    expect(patch.json().error.code).toBe('materials.in_use');

    // The department returns it naming the audit report and the note; the enterprise is told.
    const returned = detailOf(
      await api.post(
        `/api/v1/policy/applications/${draft.id}/return`,
        {
          items: [
            { target: 'material', kind: 'audit_report', note: '审计报告缺少附注' },
            { target: 'field', field: 'note', note: '请说明研发项目' },
          ],
        },
        { as: admin },
      ),
    );
    expect(returned).toMatchObject({ status: 'returned', nextStep: 'correct' });
    expect(await notices(e.cookie, 'policy.application_returned')).toHaveLength(1);

    // Only the named points change: the amount is not one of them, and the audit report must be a new one.
    expect(
      (await submit(e, draft.id, { requestedFen: 4_000_000, note: '示例研发项目说明' })).json().error,
    ).toMatchObject({
      code: 'policy.application_not_named',
      details: [{ field: 'requestedFen' }],
    });
    expect((await submit(e, draft.id, { note: '示例研发项目说明' })).json().error.code).toBe(
      'policy.application_not_corrected',
    );
    // The corrected report replaces the old one in the vault (a correction the department asked for: not an ask).
    const corrected = await putMaterial(t, e, {
      kind: 'audit_report',
      title: '示例2025年度审计报告（补正）',
      year: 2025,
    });
    const resubmitted = detailOf(await submit(e, draft.id, { note: '示例研发项目说明' }));
    expect(resubmitted).toMatchObject({ status: 'submitted', note: '示例研发项目说明', requestedFen: 4_200_000 });
    const current = resubmitted.materials.filter((m) => m.replacedAt === null).map((m) => m.materialId);
    expect(current.sort()).toEqual([statements.id, corrected.id, licence.id].sort());
    expect(resubmitted.materials.find((m) => m.materialId === audit.id)?.replacedAt).not.toBeNull();
    expect((await vault().askedAgain(t.db)).askedAgain).toBe(0);

    // Approved within the cap; the enterprise is told.
    const above = await api.post(
      `/api/v1/policy/applications/${draft.id}/approve`,
      { approvedFen: 4_200_001 },
      { as: admin },
    );
    expect(above.json().error.code).toBe('policy.application_above_cap');
    const approved = detailOf(
      await api.post(`/api/v1/policy/applications/${draft.id}/approve`, { approvedFen: 4_000_000 }, { as: admin }),
    );
    expect(approved).toMatchObject({ status: 'approved', approvedFen: 4_000_000, nextStep: 'publicity' });
    expect(await notices(e.cookie, 'policy.application_approved')).toHaveLength(1);

    // 公示 for five working days: from Thursday 30 April over the May holiday (6, 7, 8, Saturday 9 worked) to Monday 11 May.
    const notice = await api.post(`/api/v1/policy/items/${item.id}/notices`, {}, { as: admin });
    expect(notice.statusCode, notice.body).toBe(201);
    expect(notice.json()).toMatchObject({ startsOn: '2026-04-30', endsOn: '2026-05-11', workingDays: 5 });
    const publicPage = policyNoticePageSchema.parse((await api.get('/api/v1/policy/notices')).json());
    expect(publicPage.items.find((n) => n.itemId === item.id)?.entries).toEqual([
      { applicationId: draft.id, orgName: e.org.name, amountFen: 4_000_000 },
    ]);
    expect(await notices(e.cookie, 'policy.application_publicised')).toHaveLength(1);
    const objection = await api.post(
      `/api/v1/policy/notices/${notice.json().id}/objections`,
      {
        applicationId: draft.id,
        objector: '示例来信人',
        content: '询问研发费用口径',
        receivedOn: '2026-04-30',
        resolution: '已答复，口径无误',
      },
      { as: admin },
    );
    expect(objection.statusCode, objection.body).toBe(201);

    // Paid once the notice has ended, of the approved amount.
    const pay = (o: Record<string, unknown> = {}) =>
      api.post(
        `/api/v1/policy/applications/${draft.id}/payment`,
        { paidOn: '2026-05-12', amountFen: 4_000_000, reference: '示例凭证20260512-01', ...o },
        { as: admin },
      );
    expect((await pay({ paidOn: '2026-04-30' })).json().error.code).toBe('policy.application_notice_running');
    clock.set(new Date('2026-05-12T02:00:00Z'));
    try {
      expect((await pay({ amountFen: 4_200_000 })).json().error.code).toBe('policy.application_payment_amount');
      const paid = detailOf(await pay());
      expect(paid).toMatchObject({ status: 'paid', nextStep: 'rate', rateable: true });
      expect(paid.payment).toMatchObject({ paidOn: '2026-05-12', amountFen: 4_000_000 });
      expect(paid.objections).toEqual([expect.objectContaining({ content: '询问研发费用口径' })]);
      expect(await notices(e.cookie, 'policy.application_paid')).toHaveLength(1);

      // Rated once.
      const rated = detailOf(
        await api.post(
          `/api/v1/policy/applications/${draft.id}/rating`,
          { score: 5, comment: '办理高效' },
          { as: e.cookie },
        ),
      );
      expect(rated).toMatchObject({ nextStep: 'done', rateable: false, rating: { score: 5, comment: '办理高效' } });
      expect(
        (await api.post(`/api/v1/policy/applications/${draft.id}/rating`, { score: 1 }, { as: e.cookie })).json().error
          .code,
      ).toBe('policy.application_rated');

      expect(rated.history.map((h) => h.step)).toEqual([
        'create',
        'submit',
        'return',
        'resubmit',
        'approve',
        'publicise',
        'objection',
        'pay',
        'rate',
      ]);
      expect(await auditActions(draft.id)).toEqual([
        'policy.application.create',
        'policy.application.submit',
        'policy.application.return',
        'policy.application.resubmit',
        'policy.application.approve',
        'policy.application.publicise',
        'policy.application.pay',
        'policy.application.rate',
      ]);
    } finally {
      clock.set(new Date('2026-04-30T02:00:00Z'));
    }
  });

  it('keeps one live application per enterprise and item, even when two forms open at once', async () => {
    const item = await publishedItem(t, admin, '智能制造实验区');
    const [e] = (await qualifyingEnterprises(t, '智能制造实验区', 1)) as [Member];
    const both = await Promise.all([
      api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: e.cookie }),
      api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: e.cookie }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    const id = both[0]?.json().id as number;
    expect(both[1]?.json().id).toBe(id);
    // The database refuses a second live one however it is written.
    const second = await t.db
      .execute(sql`INSERT INTO policy_applications (item_id, org_id, mode, status, created_by)
                   SELECT item_id, org_id, mode, 'draft', created_by FROM policy_applications WHERE id = ${id}`)
      .then(
        () => 'accepted',
        (err: { cause?: { constraint?: string } }) => err.cause?.constraint,
      );
    expect(second).toBe('policy_applications_one_open');
    // Withdrawn, it leaves room for a new one.
    const withdrawn = detailOf(await api.post(`/api/v1/policy/applications/${id}/withdraw`, {}, { as: e.cookie }));
    expect(withdrawn.status).toBe('withdrawn');
    expect((await open(e, item.id)).id).not.toBe(id);
  });

  it('never exceeds the budget or the rule, with two approvals at once', async () => {
    // Budget 6万元; each enterprise's rule gives 4.2万元: only one of the two approvals fits.
    const item = await publishedItem(t, admin, '5G电子智造基地', { materials: [] });
    const members = await qualifyingEnterprises(t, '5G电子智造基地', 2);
    const ids: number[] = [];
    for (const e of members) {
      const d = await open(e, item.id);
      detailOf(await submit(e, d.id));
      ids.push(d.id);
    }
    const results = await Promise.all(
      ids.map((id) => api.post(`/api/v1/policy/applications/${id}/approve`, { approvedFen: 4_200_000 }, { as: admin })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('policy.application_budget_exceeded');
    const { rows } = await t.db.execute(sql`
      SELECT coalesce(sum(approved_fen), 0)::bigint AS committed FROM policy_applications
      WHERE item_id = ${item.id} AND status = 'approved'`);
    expect(Number(rows[0]?.committed)).toBe(4_200_000);
    // The remaining 1.8万元 can still be approved to the other one.
    const other = results.findIndex((r) => r.statusCode === 409);
    const fits = await api.post(
      `/api/v1/policy/applications/${ids[other]}/approve`,
      { approvedFen: 1_800_000 },
      { as: admin },
    );
    expect(fits.statusCode, fits.body).toBe(200);
    // The database holds the budget and the cap whoever writes.
    const over = await t.db
      .execute(sql`UPDATE policy_applications SET approved_fen = approved_fen + 1 WHERE id = ${ids[other]}`)
      .then(
        () => 'accepted',
        (err: { cause?: { constraint?: string } }) => err.cause?.constraint,
      );
    expect(over).toBe('policy_applications_budget');
    const aboveCap = await t.db
      .execute(
        sql`UPDATE policy_applications SET status = 'submitted', approved_fen = cap_fen + 1 WHERE id = ${ids[other]}`,
      )
      .then(
        () => 'accepted',
        (err: { cause?: { constraint?: string } }) => err.cause?.constraint,
      );
    expect(aboveCap).toBe('policy_applications_approved_cap');
  });

  it('keeps each organisation to its own applications, and each department to its items', async () => {
    const item = await publishedItem(t, admin, '智能终端产业园', { materials: [] });
    const [a, b] = (await qualifyingEnterprises(t, '智能终端产业园', 2)) as [Member, Member];
    const d = await open(a, item.id);
    detailOf(await submit(a, d.id));
    // Another enterprise neither sees nor touches it.
    expect((await api.get(`/api/v1/policy/applications/${d.id}`, { as: b.cookie })).statusCode).toBe(404);
    expect((await submit(b, d.id)).statusCode).toBe(404);
    expect((await api.post(`/api/v1/policy/applications/${d.id}/withdraw`, {}, { as: b.cookie })).statusCode).toBe(404);
    const mine = policyApplicationPageSchema.parse(
      (await api.get('/api/v1/policy/applications', { as: b.cookie })).json(),
    );
    expect(mine.items.map((x) => x.id)).not.toContain(d.id);
    const theirs = policyApplicationPageSchema.parse(
      (await api.get('/api/v1/policy/applications', { as: a.cookie })).json(),
    );
    expect(theirs.items.map((x) => x.id)).toEqual([d.id]);
    // An enterprise does not review, not even its own.
    expect(
      (await api.post(`/api/v1/policy/applications/${d.id}/approve`, { approvedFen: 1 }, { as: a.cookie })).statusCode,
    ).toBe(403);
    // An administrator reads it but does not act for the enterprise.
    expect((await api.get(`/api/v1/policy/applications/${d.id}`, { as: admin })).statusCode).toBe(200);
    expect((await api.post(`/api/v1/policy/applications/${d.id}/withdraw`, {}, { as: admin })).json().error.code).toBe(
      'policy.application_not_enterprise',
    );
    // Another department's administrator neither sees it in its list nor approves it.
    const { users } = await seed(t, { users: [{ role: 'admin', department: '财政金融部', login: true }] });
    const finance = (users[0] as { cookie: string }).cookie;
    const listed = policyApplicationPageSchema.parse(
      (await api.get(`/api/v1/policy/applications?itemId=${item.id}`, { as: finance })).json(),
    );
    expect(listed.total).toBe(0);
    expect(
      (await api.post(`/api/v1/policy/applications/${d.id}/approve`, { approvedFen: 1 }, { as: finance })).statusCode,
    ).toBe(403);
    expect((await api.get(`/api/v1/policy/applications/${d.id}`, { as: finance })).statusCode).toBe(404);
    // Anonymous callers must log in.
    expect((await api.get('/api/v1/policy/applications')).statusCode).toBe(401);
  });

  it('refuses an enterprise that does not qualify, and an item closed to claims', async () => {
    const item = await publishedItem(t, admin, '高新区本部', { materials: [] });
    const [low] = (await qualifyingEnterprises(t, '高新区本部', 1, 20_000_000)) as [Member];
    const d = await open(low, item.id);
    expect(d.eligibility?.result).toBe('not_eligible');
    const refused = await submit(low, d.id, { requestedFen: 1 });
    expect(refused.json().error.code).toBe('policy.application_not_eligible');
    await api.post(`/api/v1/policy/items/${item.id}/end`, { to: 'closed' }, { as: admin });
    const [late] = (await qualifyingEnterprises(t, '高新区本部', 1)) as [Member];
    expect(
      (await api.post(`/api/v1/policy/items/${item.id}/applications`, {}, { as: late.cookie })).json().error.code,
    ).toBe('policy.application_item_not_open');
  });
});
