import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, makeOrg } from '../../../test/factories.ts';
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

/** A verified enterprise (legal representative, park, no 科技型中小企业 number) with a logged-in member. */
async function verifiedEnterprise(o: { status?: 'verified' | 'pending' } = {}) {
  const {
    organisations: [org],
    users: [user],
  } = await seed(t, {
    organisations: [{ key: 'e', legalRep: '示例法人甲', park: '光伏产业园', address: '示例路1号', ...o }],
    users: [{ role: 'enterprise', org: 'e', login: true }],
  });
  return { org, cookie: user.cookie, userId: user.id };
}

/** The member's form as the web sends it: the organisation as read, with `patch` applied. */
async function edit(cookie: string, orgId: number, patch: Record<string, unknown>) {
  const current = (await api.get(`/api/v1/orgs/${orgId}`, { as: cookie })).json();
  return api.put(`/api/v1/orgs/${orgId}`, { ...current, ...patch }, { as: cookie });
}

const legalReps = async (orgId: number) =>
  (
    await t.db.execute(
      sql`SELECT legal_rep, valid_to IS NULL AS current FROM org_legal_reps WHERE org_id = ${orgId} ORDER BY id`,
    )
  ).rows;

const notices = async (userId: number) =>
  (await t.db.execute(sql`SELECT kind, params FROM notifications WHERE user_id = ${userId} ORDER BY id`)).rows;

const audits = async (action: string) =>
  (await t.db.execute(sql`SELECT count(*)::int AS n FROM audit_log WHERE action = ${action}`)).rows[0]?.n as number;

describe('changes to verified facts wait for the administration', () => {
  it("keeps a verified organisation's facts while a member's change waits; other fields change at once", async () => {
    const e = await verifiedEnterprise();
    const requests = await audits('org.fact_change.request');
    const res = await edit(e.cookie, e.org.id, {
      legalRep: '示例法人乙',
      tsmeRegNo: '202614040100001',
      address: '示例路2号',
      contactPhone: '13800000000',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'verified',
      legalRep: '示例法人甲',
      tsmeRegNo: null,
      address: '示例路2号',
      contactPhone: '13800000000',
    });
    const mine = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items;
    expect(mine).toEqual([
      expect.objectContaining({
        status: 'pending',
        orgId: e.org.id,
        changes: [
          { field: 'legalRep', from: '示例法人甲', to: '示例法人乙' },
          { field: 'tsmeRegNo', from: null, to: '202614040100001' },
        ],
      }),
    ]);
    expect(await legalReps(e.org.id)).toEqual([{ legal_rep: '示例法人甲', current: true }]);
    expect(await audits('org.fact_change.request')).toBe(requests + 1);
  });

  it('lets a later edit replace the open request, and leaves it alone when only other fields change', async () => {
    const e = await verifiedEnterprise();
    await edit(e.cookie, e.org.id, { legalRep: '示例法人乙' });
    await edit(e.cookie, e.org.id, { legalRep: '示例法人丙', isSpecialized: true });
    await edit(e.cookie, e.org.id, { address: '示例路3号' });
    const mine = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0].changes).toEqual([
      { field: 'legalRep', from: '示例法人甲', to: '示例法人丙' },
      { field: 'isSpecialized', from: false, to: true },
    ]);
  });

  it('lets an organisation still under review, and the administration, change facts directly', async () => {
    const pending = await verifiedEnterprise({ status: 'pending' });
    expect((await edit(pending.cookie, pending.org.id, { legalRep: '示例法人乙' })).json().legalRep).toBe('示例法人乙');
    const e = await verifiedEnterprise();
    expect((await edit(admin, e.org.id, { legalRep: '示例法人丁' })).json().legalRep).toBe('示例法人丁');
    for (const o of [pending, e])
      expect((await api.get(`/api/v1/orgs/${o.org.id}/fact-changes`, { as: admin })).json().items).toEqual([]);
    expect(await legalReps(e.org.id)).toEqual([
      { legal_rep: '示例法人甲', current: false },
      { legal_rep: '示例法人丁', current: true },
    ]);
  });

  it('refuses a USCC already registered when it is asked for, not at approval', async () => {
    const other = await makeOrg(t);
    const e = await verifiedEnterprise();
    const res = await edit(e.cookie, e.org.id, { uscc: other.uscc });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('org.duplicate_uscc');
    expect((await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items).toEqual([]);
  });
});

describe('the administration decides', () => {
  it('approves: the verified values change, the past legal representative is kept, audited and notified', async () => {
    const e = await verifiedEnterprise();
    const uscc = uniqueUscc();
    await edit(e.cookie, e.org.id, { legalRep: '示例法人乙', uscc });
    const before = (await api.get('/api/v1/org-fact-changes/count', { as: admin })).json().pending;
    expect(before).toBeGreaterThanOrEqual(1);
    const page = (await api.get('/api/v1/org-fact-changes?status=pending&pageSize=200', { as: admin })).json();
    const change = page.items.find((c: { orgId: number }) => c.orgId === e.org.id);
    expect(change).toMatchObject({ orgName: e.org.name, status: 'pending' });
    expect(page.total).toBe(before);
    const approvals = await audits('org.fact_change.approve');

    const res = await api.post(
      `/api/v1/org-fact-changes/${change.id}/decision`,
      { decision: 'approve' },
      { as: admin },
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'approved', decidedAt: expect.any(String) });
    expect((await api.get(`/api/v1/orgs/${e.org.id}`, { as: e.cookie })).json()).toMatchObject({
      status: 'verified',
      legalRep: '示例法人乙',
      uscc,
    });
    expect(await legalReps(e.org.id)).toEqual([
      { legal_rep: '示例法人甲', current: false },
      { legal_rep: '示例法人乙', current: true },
    ]);
    expect(await audits('org.fact_change.approve')).toBe(approvals + 1);
    expect(await notices(e.userId)).toEqual([{ kind: 'org.fact_change_approved', params: { changeId: change.id } }]);
    expect((await api.get('/api/v1/org-fact-changes/count', { as: admin })).json().pending).toBe(before - 1);

    const twice = await api.post(
      `/api/v1/org-fact-changes/${change.id}/decision`,
      { decision: 'approve' },
      { as: admin },
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('org.fact_change_not_pending');
  });

  it('rejects only with a reason, keeping the verified values, and tells the organisation why', async () => {
    const e = await verifiedEnterprise();
    await edit(e.cookie, e.org.id, { tsmeRegNo: '202614040100002' });
    const [change] = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items;
    const noReason = await api.post(
      `/api/v1/org-fact-changes/${change.id}/decision`,
      { decision: 'reject' },
      { as: admin },
    );
    expect(noReason.statusCode).toBe(400);
    const res = await api.post(
      `/api/v1/org-fact-changes/${change.id}/decision`,
      { decision: 'reject', reason: '未查到该入库登记编号' },
      { as: admin },
    );
    expect(res.json()).toMatchObject({ status: 'rejected', rejectReason: '未查到该入库登记编号' });
    expect((await api.get(`/api/v1/orgs/${e.org.id}`, { as: e.cookie })).json().tsmeRegNo).toBeNull();
    expect(await notices(e.userId)).toEqual([
      { kind: 'org.fact_change_rejected', params: { changeId: change.id, reason: '未查到该入库登记编号' } },
    ]);
    const rejected = (await api.get('/api/v1/org-fact-changes?status=rejected&pageSize=200', { as: admin })).json();
    expect(rejected.items.map((c: { id: number }) => c.id)).toContain(change.id);
  });

  it('lets the member withdraw its open request, and no one else', async () => {
    const e = await verifiedEnterprise();
    const stranger = await verifiedEnterprise();
    await edit(e.cookie, e.org.id, { isAboveScale: true });
    expect(
      (await api.delete(`/api/v1/orgs/${e.org.id}/fact-changes/pending`, { as: stranger.cookie })).statusCode,
    ).toBe(403);
    expect((await api.delete(`/api/v1/orgs/${e.org.id}/fact-changes/pending`, { as: e.cookie })).statusCode).toBe(204);
    const [change] = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: e.cookie })).json().items;
    expect(change.status).toBe('withdrawn');
    const again = await api.delete(`/api/v1/orgs/${e.org.id}/fact-changes/pending`, { as: e.cookie });
    expect(again.json().error.code).toBe('org.fact_change_not_pending');
    const late = await api.post(
      `/api/v1/org-fact-changes/${change.id}/decision`,
      { decision: 'approve' },
      { as: admin },
    );
    expect(late.statusCode).toBe(409);
  });

  it('refuses members the administration’s list, count and decisions, and other organisations’ requests', async () => {
    const e = await verifiedEnterprise();
    const stranger = await verifiedEnterprise();
    await edit(e.cookie, e.org.id, { legalRep: '示例法人乙' });
    const [change] = (await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: admin })).json().items;
    for (const res of [
      await api.get('/api/v1/org-fact-changes', { as: e.cookie }),
      await api.get('/api/v1/org-fact-changes/count', { as: e.cookie }),
      await api.post(`/api/v1/org-fact-changes/${change.id}/decision`, { decision: 'approve' }, { as: e.cookie }),
      await api.get(`/api/v1/orgs/${e.org.id}/fact-changes`, { as: stranger.cookie }),
    ])
      expect(res.statusCode).toBe(403);
    expect((await api.get('/api/v1/org-fact-changes')).statusCode).toBe(401);
    expect((await api.get(`/api/v1/orgs/${e.org.id}`, { as: e.cookie })).json().legalRep).toBe('示例法人甲');
    expect(
      (await api.post('/api/v1/org-fact-changes/999999999/decision', { decision: 'approve' }, { as: admin }))
        .statusCode,
    ).toBe(404);
  });
});
