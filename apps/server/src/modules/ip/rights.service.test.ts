import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
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
});
