import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, makeOrg } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { achievementInput } from './achievements.test-kit.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

const input = achievementInput;

async function ipRecordOf(orgId: number) {
  const { rows } = await t.db.execute(sql`
    INSERT INTO ip_records (org_id, kind, number, title, applied_on, granted_on, legal_status, acquisition)
    VALUES (${orgId}, 'software_copyright', ${`2025SR${Math.floor(Math.random() * 1e7)}`}, '示例银浆配方计算软件', '2025-01-01', '2025-03-01', 'valid', 'own')
    RETURNING id`);
  return Number((rows[0] as { id: string }).id);
}

describe('科技成果 on the market', () => {
  it('goes from draft to review to the public, and is returned with a reason; each step audited and told', async () => {
    const e = await enterpriseWithUser(t);
    const ipId = await ipRecordOf(e.org.id);
    const created = await api.post('/api/v1/market/achievements', input({ ipRecordIds: [ipId] }), { as: e.cookie });
    expect(created.statusCode, created.body).toBe(201);
    const a = created.json();
    expect(a).toMatchObject({ status: 'draft', ownerOrgId: e.org.id, ownerKind: 'enterprise', ipRecordIds: [ipId] });
    // A draft is nobody's business but its owner's.
    expect((await api.get(`/api/v1/market/achievements/${a.id}`)).statusCode).toBe(404);
    expect((await api.get(`/api/v1/market/achievements/${a.id}`, { as: e.cookie })).json().title).toBe(a.title);

    expect((await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: e.cookie })).json().status).toBe(
      'submitted',
    );
    // The administration's workbench counts it, with the link to the list waiting for review.
    const work = (await api.get('/api/v1/workbench', { as: admin })).json();
    expect(work.items.find((w: { key: string }) => w.key === 'market.achievements')).toMatchObject({
      count: 1,
      link: '/admin/market/achievements?status=submitted',
    });
    // Submitted, it cannot be changed without being withdrawn first.
    const edit = await api.put(`/api/v1/market/achievements/${a.id}`, input({ title: '示例改名' }), { as: e.cookie });
    expect(edit.json().error.code).toBe('market.not_editable');
    // Returned without a reason: refused; with one: returned, and the owner is told why.
    expect(
      (await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'return' }, { as: admin })).statusCode,
    ).toBe(400);
    const returned = await api.post(
      `/api/v1/market/achievements/${a.id}/review`,
      { decision: 'return', note: '示例：请补充中试数据' },
      { as: admin },
    );
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: '示例：请补充中试数据' });
    const { rows: notes } = await t.db.execute(sql`
      SELECT n.kind, n.params FROM notifications n JOIN memberships m ON m.user_id = n.user_id
      WHERE m.org_id = ${e.org.id} ORDER BY n.id`);
    expect(notes.map((n) => (n as { kind: string }).kind)).toEqual(['market.achievement_returned']);

    // Changed and submitted again, then published: the public sees it.
    expect(
      (
        await api.put(`/api/v1/market/achievements/${a.id}`, input({ maturityEvidence: '示例中试 6 个月' }), {
          as: e.cookie,
        })
      ).statusCode,
    ).toBe(200);
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: e.cookie });
    const published = await api.post(
      `/api/v1/market/achievements/${a.id}/review`,
      { decision: 'publish' },
      { as: admin },
    );
    expect(published.json()).toMatchObject({ status: 'published' });
    expect(typeof published.json().publishedAt).toBe('string');
    const open = await api.get(`/api/v1/market/achievements/${a.id}`);
    expect(open.json().maturityEvidence).toBe('示例中试 6 个月');
    // Publishing again is not a step of the flow.
    expect(
      (await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin })).json()
        .error.code,
    ).toBe('market.bad_transition');

    const { rows: audit } = await t.db.execute(sql`
      SELECT action FROM audit_log WHERE entity = 'market_achievement' AND entity_id = ${String(a.id)} ORDER BY id`);
    expect(audit.map((r) => (r as { action: string }).action)).toEqual([
      'market.achievement.create',
      'market.achievement.submit',
      'market.achievement.return',
      'market.achievement.update',
      'market.achievement.submit',
      'market.achievement.publish',
    ]);
  });

  it('is offered only by a member of a verified organisation, with its own IP, and a price or 面议', async () => {
    const e = await enterpriseWithUser(t);
    const other = await makeOrg(t);
    const foreign = await ipRecordOf(other.id);
    const refused = await api.post('/api/v1/market/achievements', input({ ipRecordIds: [foreign] }), { as: e.cookie });
    expect(refused.json().error.code).toBe('market.foreign_ip');
    expect(
      (await api.post('/api/v1/market/achievements', input({ priceFen: null }), { as: e.cookie })).statusCode,
    ).toBe(400);
    expect(
      (await api.post('/api/v1/market/achievements', input({ priceFen: null, negotiable: true }), { as: e.cookie }))
        .statusCode,
    ).toBe(201);
    expect((await api.post('/api/v1/market/achievements', input())).statusCode).toBe(401);
    const {
      users: [pending],
    } = await seed(t, {
      organisations: [{ key: 'p', kind: 'enterprise', status: 'pending' }],
      users: [{ role: 'enterprise', org: 'p', login: true }],
    });
    expect((await api.post('/api/v1/market/achievements', input(), { as: pending.cookie })).json().error.code).toBe(
      'market.org_not_verified',
    );
    // Nothing was written by the refusals.
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM market_achievements WHERE owner_org_id = ${e.org.id}`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it("keeps others' achievements out of reach, and the review to the administration", async () => {
    const e = await enterpriseWithUser(t);
    const other = await enterpriseWithUser(t);
    const a = (await api.post('/api/v1/market/achievements', input(), { as: e.cookie })).json();
    expect((await api.get(`/api/v1/market/achievements/${a.id}`, { as: other.cookie })).statusCode).toBe(404);
    expect((await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: other.cookie })).statusCode).toBe(
      404,
    );
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: e.cookie });
    expect(
      (await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    // The own list shows the draft; the public list does not.
    const mine = await api.get(`/api/v1/market/achievements?ownerOrgId=${e.org.id}`, { as: e.cookie });
    expect(mine.json().items.map((x: { id: number }) => x.id)).toContain(a.id);
    const pub = await api.get(`/api/v1/market/achievements?ownerOrgId=${e.org.id}`);
    expect(pub.json().items).toEqual([]);
  });

  it('holds the flow in the database too: no status jump, no returned without a reason', async () => {
    const e = await enterpriseWithUser(t);
    const a = (await api.post('/api/v1/market/achievements', input(), { as: e.cookie })).json();
    await expect(
      t.db.execute(sql`UPDATE market_achievements SET status = 'published', published_at = now() WHERE id = ${a.id}`),
    ).rejects.toThrow();
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: e.cookie });
    await expect(
      t.db.execute(sql`UPDATE market_achievements SET status = 'returned' WHERE id = ${a.id}`),
    ).rejects.toThrow();
    await expect(
      t.db.execute(sql`UPDATE market_achievements SET negotiable = true WHERE id = ${a.id}`),
    ).rejects.toThrow();
  });

  it('filters the public list by field, stage and mode, pages it and finds words', async () => {
    const e = await enterpriseWithUser(t);
    for (const [i, o] of [
      { field: 'materials', stage: 'mature', transferModes: ['transfer'] },
      { field: 'materials', stage: 'early', transferModes: ['licence'] },
      {
        field: 'electronics',
        stage: 'mature',
        transferModes: ['transfer', 'equity'],
        title: '示例毫米波雷达芯片封装工艺',
      },
    ].entries()) {
      const a = (
        await api.post('/api/v1/market/achievements', input({ ...o, title: o.title ?? `示例炭基材料成果${i}` }), {
          as: e.cookie,
        })
      ).json();
      await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: e.cookie });
      await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
    }
    const list = (qs: string) =>
      api.get(`/api/v1/market/achievements?ownerOrgId=${e.org.id}&${qs}`).then((r) => r.json());
    expect((await list('field=materials')).total).toBe(2);
    expect((await list('field=materials&stage=mature')).total).toBe(1);
    expect((await list('mode=transfer')).total).toBe(2);
    expect((await list(`q=${encodeURIComponent('毫米波')}`)).items.map((x: { title: string }) => x.title)).toEqual([
      '示例毫米波雷达芯片封装工艺',
    ]);
    const walked = await walkPages(api, `/api/v1/market/achievements?ownerOrgId=${e.org.id}`, undefined, 2);
    expect(walked.total).toBe(3);
    expect((await api.get('/api/v1/market/achievements?field=nope')).statusCode).toBe(400);
  });

  it('exports the list as Excel with its filters and visibility: the public the published, the owner every status', async () => {
    const e = await enterpriseWithUser(t);
    const draft = (
      await api.post('/api/v1/market/achievements', input({ title: '示例导出草稿成果' }), { as: e.cookie })
    ).json();
    const open = (
      await api.post(
        '/api/v1/market/achievements',
        input({ title: '示例导出公开成果', priceFen: null, negotiable: true }),
        {
          as: e.cookie,
        },
      )
    ).json();
    await api.post(`/api/v1/market/achievements/${open.id}/submit`, {}, { as: e.cookie });
    await api.post(`/api/v1/market/achievements/${open.id}/review`, { decision: 'publish' }, { as: admin });
    const sheet = async (as?: string) => {
      const res = await api.get(`/api/v1/market/achievements/export.xlsx?ownerOrgId=${e.org.id}`, as ? { as } : {});
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/achievements-\d{4}-\d{2}-\d{2}\.xlsx/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0] as ExcelJS.Worksheet;
      const rows: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => {
        if (n > 1)
          rows.push({
            id: row.getCell(1).value,
            title: row.getCell(2).value,
            price: row.getCell(7).value,
            status: row.getCell(9).value,
          });
      });
      return { header: ws.getRow(1).getCell(2).value, rows };
    };
    const mine = await sheet(e.cookie);
    expect(mine.header).toBe('成果名称 Achievement');
    expect(mine.rows.map((r) => r.id).sort()).toEqual([draft.id, open.id].sort());
    expect(mine.rows.find((r) => r.id === open.id)).toMatchObject({ price: '面议', status: '已发布' });
    expect(mine.rows.find((r) => r.id === draft.id)).toMatchObject({ price: 800_000, status: '草稿' });
    const pub = await sheet();
    expect(pub.rows.map((r) => r.id)).toEqual([open.id]);
  });
});
