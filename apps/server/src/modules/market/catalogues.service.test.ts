import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);

/** An achievement of a new enterprise: published unless `draft`. */
async function achievement(title: string, draft = false) {
  const owner = await enterpriseWithUser(t);
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title,
        summary: '示例成果：用于指导目录测试的虚构技术，工艺成熟，已在区内企业示范应用，可许可或转让。',
        field: 'manufacturing',
        stage: 'mature',
        transferModes: ['licence'],
        priceFen: 80_000_000,
      },
      { as: owner.cookie },
    )
  ).json();
  if (!draft) {
    await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: owner.cookie });
    await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  }
  return a.id as number;
}

describe('先进适用技术指导目录', () => {
  it('is compiled from published achievements in order, published, read by the public as page, PDF and Excel, and fixed until withdrawn', async () => {
    const [first, second, draft] = [
      await achievement('示例目录用数控机床热误差补偿技术'),
      await achievement('示例目录用激光熔覆修复技术'),
      await achievement('示例目录用未发布成果', true),
    ];
    const member = await enterpriseWithUser(t);
    expect(
      (
        await api.post(
          '/api/v1/market/catalogues',
          { year: 2031, title: '示例 2031 年指导目录' },
          { as: member.cookie },
        )
      ).statusCode,
    ).toBe(403);
    const c = await api.post(
      '/api/v1/market/catalogues',
      { year: 2031, title: '示例 2031 年先进适用技术指导目录', intro: '示例：面向区内企业推荐的成熟适用技术。' },
      { as: admin },
    );
    expect(c.statusCode).toBe(201);
    const id = c.json().id as number;
    const again = await api.post('/api/v1/market/catalogues', { year: 2031, title: '示例重复年度目录' }, { as: admin });
    expect(again.json().error.code).toBe('market.catalogue_year');
    // A draft catalogue is not public; an empty one is not published.
    expect((await api.get(`/api/v1/market/catalogues/${id}`)).statusCode).toBe(404);
    expect((await api.post(`/api/v1/market/catalogues/${id}/publish`, {}, { as: admin })).json().error.code).toBe(
      'market.catalogue_state',
    );
    const body = (entries: { achievementId: number; note?: string }[]) => ({
      year: 2031,
      title: '示例 2031 年先进适用技术指导目录',
      intro: '示例：面向区内企业推荐的成熟适用技术。',
      entries,
    });
    const withDraft = await api.put(`/api/v1/market/catalogues/${id}`, body([{ achievementId: draft }]), { as: admin });
    expect(withDraft.json().error.code).toBe('market.catalogue_entry');
    const saved = (
      await api.put(
        `/api/v1/market/catalogues/${id}`,
        body([{ achievementId: second, note: '示例：适合装备制造企业' }, { achievementId: first }]),
        { as: admin },
      )
    ).json();
    expect(
      saved.entries.map((e: { achievementId: number; position: number }) => [e.position, e.achievementId]),
    ).toEqual([
      [1, second],
      [2, first],
    ]);
    const published = (await api.post(`/api/v1/market/catalogues/${id}/publish`, {}, { as: admin })).json();
    expect(published).toMatchObject({ status: 'published', entryCount: 2 });

    const pub = (await api.get(`/api/v1/market/catalogues/${id}`)).json();
    expect(pub.entries[0]).toMatchObject({ title: '示例目录用激光熔覆修复技术', note: '示例：适合装备制造企业' });
    const list = (await api.get('/api/v1/market/catalogues')).json();
    expect(list.items.map((x: { id: number }) => x.id)).toContain(id);
    const pdf = await api.get(`/api/v1/market/catalogues/${id}/catalogue.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await api.get(`/api/v1/market/catalogues/${id}/export.xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.headers['content-disposition']).toMatch(/technology-catalogue-\d{4}-\d{4}-\d{2}-\d{2}\.xlsx/);
    const all = await api.get('/api/v1/market/catalogues/export.xlsx');
    expect(all.statusCode).toBe(200);
    expect(all.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(all.headers['content-disposition']).toMatch(/technology-catalogues-\d{4}-\d{2}-\d{2}\.xlsx/);

    // Published, it is fixed: through the API and in the database.
    const change = await api.put(`/api/v1/market/catalogues/${id}`, body([{ achievementId: first }]), { as: admin });
    expect(change.json().error.code).toBe('market.catalogue_published');
    await expect(t.db.execute(sql`DELETE FROM market_catalogue_entries WHERE catalogue_id = ${id}`)).rejects.toThrow();
    const withdrawn = (await api.post(`/api/v1/market/catalogues/${id}/withdraw`, {}, { as: admin })).json();
    expect(withdrawn.status).toBe('draft');
    expect(
      (await api.put(`/api/v1/market/catalogues/${id}`, body([{ achievementId: first }]), { as: admin })).statusCode,
    ).toBe(200);
    const audit = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'market_catalogue' AND entity_id = ${id} ORDER BY id`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'market.catalogue.create',
      'market.catalogue.update',
      'market.catalogue.publish',
      'market.catalogue.withdraw',
      'market.catalogue.update',
    ]);
  });

  it('finds catalogues by a word of the title or the year, pages them, and exports what it found', async () => {
    const ids: number[] = [];
    for (const [year, title] of [
      [2041, '示例 2041 年节能技术指导目录'],
      [2042, '示例 2042 年先进制造技术指导目录'],
      [2043, '示例 2043 年节能环保技术指导目录'],
    ] as const) {
      const c = await api.post('/api/v1/market/catalogues', { year, title }, { as: admin });
      expect(c.statusCode).toBe(201);
      ids.push(c.json().id);
    }
    await api.put(
      `/api/v1/market/catalogues/${ids[0]}`,
      {
        year: 2041,
        title: '示例 2041 年节能技术指导目录',
        entries: [{ achievementId: await achievement('示例检索目录用余热回收技术') }],
      },
      { as: admin },
    );
    expect((await api.post(`/api/v1/market/catalogues/${ids[0]}/publish`, {}, { as: admin })).statusCode).toBe(200);
    const found = async (q: string, as?: string) =>
      (await api.get(`/api/v1/market/catalogues?q=${encodeURIComponent(q)}`, as ? { as } : {}))
        .json()
        .items.map((c: { id: number }) => c.id);
    expect(await found('节能', admin)).toEqual([ids[2], ids[0]]);
    expect(await found('2042', admin)).toEqual([ids[1]]);
    // The public finds the published one only.
    expect(await found('节能')).toEqual([ids[0]]);
    expect(await found('100%')).toEqual([]);
    const walked = await walkPages(api, '/api/v1/market/catalogues', admin, 2);
    expect(walked.total).toBeGreaterThanOrEqual(3);
    expect(
      await exportRowCount(api, `/api/v1/market/catalogues/export.xlsx?q=${encodeURIComponent('节能')}`, admin),
    ).toBe(2);
  });
});
