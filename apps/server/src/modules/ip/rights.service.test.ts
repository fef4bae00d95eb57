import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, makeOrg, providerWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
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

const CASE = {
  kind: 'infringed',
  title: '示例 外观设计专利被仿冒',
  description: '示例：某电商店铺销售与我司外观设计专利高度近似的产品，已保存购买记录与页面截图。',
  counterparty: '示例仿冒店铺经营者',
};

describe('知识产权维权援助', () => {
  it('takes a case, accepts it with an expert and a deadline, moves it, records consultations, and closes it into a credit record', async () => {
    const owner = await enterpriseWithUser(t);
    const infringer = await enterpriseWithUser(t);
    const {
      users: [expert],
    } = await seed(t, { users: [{ role: 'expert', login: true }] });
    const e = expert as { id: number; cookie: string };
    const evidence = (
      await api.post('/api/v1/uploads?name=evidence.pdf', Buffer.from('%PDF-1.4 示例证据'), {
        as: owner.cookie,
        headers: { 'content-type': 'application/pdf' },
      })
    ).json().hash;
    const created = await api.post('/api/v1/ip/cases', { ...CASE, evidence: [evidence] }, { as: owner.cookie });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect(created.json()).toMatchObject({ status: 'submitted', expertId: null, evidence: [{ hash: evidence }] });

    // Strangers and the unassigned expert do not read it; members may not move it.
    expect((await api.get(`/api/v1/ip/cases/${id}`, { as: infringer.cookie })).statusCode).toBe(404);
    expect((await api.get(`/api/v1/ip/cases/${id}`, { as: e.cookie })).statusCode).toBe(404);
    expect((await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'handling' }, { as: owner.cookie })).statusCode).toBe(
      403,
    );
    // Not accepted yet: no handling.
    const early = await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'handling' }, { as: admin });
    expect(early.json().error.code).toBe('ip.case_move');
    const notExpert = await api.post(
      `/api/v1/ip/cases/${id}/moves`,
      { to: 'accepted', expertId: owner.user.id, dueOn: '2099-01-31' },
      { as: admin },
    );
    expect(notExpert.json().error.code).toBe('ip.case_not_expert');
    const accepted = (
      await api.post(
        `/api/v1/ip/cases/${id}/moves`,
        { to: 'accepted', expertId: e.id, dueOn: '2099-01-31' },
        { as: admin },
      )
    ).json();
    expect(accepted).toMatchObject({ status: 'accepted', expertId: e.id, dueOn: '2099-01-31', overdue: false });

    // The assigned expert reads it and gives a consultation; the enterprise sees it.
    const consulted = (
      await api.post(
        `/api/v1/ip/cases/${id}/notes`,
        { body: '示例：建议先公证购买，再发律师函', consultation: true },
        { as: e.cookie },
      )
    ).json();
    expect(consulted.notes.map((n: { kind: string }) => n.kind)).toEqual(['status', 'consultation']);
    expect((await api.get('/api/v1/ip/cases?scope=assigned', { as: e.cookie })).json().total).toBe(1);
    await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'mediation', note: '示例：双方同意调解' }, { as: admin });
    await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'handling' }, { as: admin });
    // The infringer is another organisation: never the asking one.
    const self = await api.post(
      `/api/v1/ip/cases/${id}/moves`,
      { to: 'closed', outcome: '示例', wilfulInfringerOrgId: owner.org.id },
      { as: admin },
    );
    expect(self.json().error.code).toBe('ip.case_infringer');
    const closed = (
      await api.post(
        `/api/v1/ip/cases/${id}/moves`,
        {
          to: 'closed',
          outcome: '示例：调解不成，经认定构成故意侵权，对方已停止销售并赔偿',
          wilfulInfringerOrgId: infringer.org.id,
        },
        { as: admin },
      )
    ).json();
    expect(closed).toMatchObject({ status: 'closed', wilfulInfringerOrgId: infringer.org.id });
    const credit = await t.db.execute(sql`SELECT org_id, kind FROM ip_credit_records WHERE case_id = ${id}`);
    expect(credit.rows).toEqual([{ org_id: infringer.org.id, kind: 'wilful_infringement' }]);
    // Closed is final: in the service and in the database.
    expect(
      (await api.post(`/api/v1/ip/cases/${id}/notes`, { body: '示例' }, { as: owner.cookie })).json().error.code,
    ).toBe('ip.case_move');
    await expect(t.db.execute(sql`UPDATE ip_rights_cases SET status = 'handling' WHERE id = ${id}`)).rejects.toThrow();
    const audit = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'ip_rights_case' AND entity_id = ${id} ORDER BY id`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'ip.case.submit',
      'ip.case.accepted',
      'ip.case.consult',
      'ip.case.mediation',
      'ip.case.handling',
      'ip.case.closed',
    ]);
  });

  it('shows an overdue deadline, lists open cases first for the administration, and declines with a reason', async () => {
    const owner = await enterpriseWithUser(t);
    const {
      users: [expert],
    } = await seed(t, { users: [{ role: 'expert', login: true }] });
    const a = (await api.post('/api/v1/ip/cases', { ...CASE, kind: 'accused' }, { as: owner.cookie })).json();
    const b = (await api.post('/api/v1/ip/cases', { ...CASE, kind: 'ownership' }, { as: owner.cookie })).json();
    const late = (
      await api.post(
        `/api/v1/ip/cases/${a.id}/moves`,
        { to: 'accepted', expertId: (expert as { id: number }).id, dueOn: '2020-01-31' },
        { as: admin },
      )
    ).json();
    expect(late.overdue).toBe(true);
    const declined = await api.post(
      `/api/v1/ip/cases/${b.id}/moves`,
      { to: 'declined', note: '示例：不属于知识产权纠纷' },
      { as: admin },
    );
    expect(declined.json()).toMatchObject({ status: 'declined', outcome: '示例：不属于知识产权纠纷' });
    const all = (await api.get('/api/v1/ip/cases?scope=all&pageSize=200', { as: admin })).json();
    const order = all.items.map((c: { id: number }) => c.id);
    expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(b.id));
    expect((await api.get('/api/v1/ip/cases?scope=all', { as: owner.cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/ip/cases', { as: owner.cookie })).json().total).toBe(2);
    const xlsx = await api.get('/api/v1/ip/cases/export.xlsx?scope=all', { as: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it("assigns a case to an IP service agency, whose members read it, advise and are told; others' members are not", async () => {
    const owner = await enterpriseWithUser(t);
    const agency = await providerWithUser(t);
    const stranger = await providerWithUser(t);
    const unverified = await makeOrg(t, { kind: 'provider', status: 'pending' });
    const created = (await api.post('/api/v1/ip/cases', CASE, { as: owner.cookie })).json();
    const id = created.id as number;
    const accept = (body: Record<string, unknown>) =>
      api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'accepted', dueOn: '2099-03-31', ...body }, { as: admin });

    // Someone must handle it: an expert or an agency; an agency is a verified service provider, not the enterprise.
    expect((await accept({})).statusCode).toBe(400);
    for (const agencyOrgId of [owner.org.id, unverified.id])
      expect((await accept({ agencyOrgId })).json().error.code).toBe('ip.case_not_agency');
    const accepted = await accept({ agencyOrgId: agency.org.id });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: 'accepted',
      expertId: null,
      agencyOrgId: agency.org.id,
      agencyName: agency.org.name,
    });

    // The agency's member is told, sees it in its list and on its workbench, and gives a consultation.
    const notices = (await api.get('/api/v1/notifications', { as: agency.cookie })).json().items;
    expect(notices.filter((n: { kind: string }) => n.kind === 'ip.case_assigned_agency')).toHaveLength(1);
    expect((await api.get(`/api/v1/ip/cases/${id}`, { as: agency.cookie })).statusCode).toBe(200);
    const assigned = (await api.get('/api/v1/ip/cases?scope=assigned', { as: agency.cookie })).json();
    expect(assigned.items.map((c: { id: number }) => c.id)).toEqual([id]);
    const bench = async (cookie: string) =>
      (await api.get('/api/v1/workbench', { as: cookie }))
        .json()
        .items.filter((i: { key: string }) => i.key === 'ip.cases_agency');
    expect(await bench(agency.cookie)).toEqual([
      { key: 'ip.cases_agency', count: 1, link: '/my/ip-cases?scope=assigned' },
    ]);
    const consulted = await api.post(
      `/api/v1/ip/cases/${id}/notes`,
      { body: '示例：建议先向对方发出律师函并保全证据', consultation: true },
      { as: agency.cookie },
    );
    expect(consulted.statusCode, consulted.body).toBe(200);
    expect(consulted.json().notes.map((n: { kind: string }) => n.kind)).toEqual(['status', 'consultation']);
    // …and may move the case no more than the expert may.
    expect((await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'handling' }, { as: agency.cookie })).statusCode).toBe(
      403,
    );

    // A member of another provider sees nothing of it and cannot write on it.
    expect((await api.get(`/api/v1/ip/cases/${id}`, { as: stranger.cookie })).statusCode).toBe(404);
    expect(
      (await api.post(`/api/v1/ip/cases/${id}/notes`, { body: '示例', consultation: true }, { as: stranger.cookie }))
        .statusCode,
    ).toBe(404);
    expect((await api.get('/api/v1/ip/cases?scope=assigned', { as: stranger.cookie })).json().total).toBe(0);
    expect(await bench(stranger.cookie)).toEqual([]);

    // In the database too: a case in hand keeps an expert or an agency.
    await expect(
      t.db.execute(sql`UPDATE ip_rights_cases SET agency_org_id = NULL WHERE id = ${id}`),
    ).rejects.toMatchObject({ cause: { message: expect.stringContaining('ip_rights_cases_assigned') } });
    const audit = await t.db.execute(
      sql`SELECT action, after FROM audit_log WHERE entity = 'ip_rights_case' AND entity_id = ${id} ORDER BY id`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'ip.case.submit',
      'ip.case.accepted',
      'ip.case.consult',
    ]);
    expect((audit.rows[1] as { after: unknown }).after).toMatchObject({ agencyOrgId: agency.org.id, expertId: null });
    // Closed, the agency's workbench keeps the item at 0.
    await api.post(`/api/v1/ip/cases/${id}/moves`, { to: 'closed', outcome: '示例：和解结案' }, { as: admin });
    expect((await bench(agency.cookie))[0]?.count).toBe(0);
  });

  it('searches the list by title, parties and number', async () => {
    const owner = await enterpriseWithUser(t);
    const tag = Math.random().toString(36).slice(2, 8);
    const a = (
      await api.post('/api/v1/ip/cases', { ...CASE, title: `示例 商标近似 ${tag}` }, { as: owner.cookie })
    ).json();
    const b = (
      await api.post('/api/v1/ip/cases', { ...CASE, counterparty: `示例对方${tag}有限公司` }, { as: owner.cookie })
    ).json();
    const c = (await api.post('/api/v1/ip/cases', CASE, { as: owner.cookie })).json();
    const ids = async (q: string, as = admin, scope = 'all') =>
      (await api.get(`/api/v1/ip/cases?scope=${scope}&pageSize=100&q=${encodeURIComponent(q)}`, { as }))
        .json()
        .items.map((x: { id: number }) => x.id)
        .sort((x: number, y: number) => x - y);
    expect(await ids(tag)).toEqual([a.id, b.id]);
    expect(await ids(`对方${tag}`)).toEqual([b.id]);
    expect(await ids(owner.org.name)).toEqual([a.id, b.id, c.id]);
    expect(await ids(String(c.id))).toContain(c.id);
    // The count is the filtered list's; LIKE's wildcards are taken literally; the scope still holds.
    const page = (await api.get(`/api/v1/ip/cases?scope=all&q=${tag}`, { as: admin })).json();
    expect(page.total).toBe(2);
    expect(await ids('%')).toEqual([]);
    expect(await ids(tag, owner.cookie, 'mine')).toEqual([a.id, b.id]);
    const other = await enterpriseWithUser(t);
    expect(await ids(tag, other.cookie, 'mine')).toEqual([]);
  });
});
