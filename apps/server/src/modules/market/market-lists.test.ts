import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { exportRowCount, walkPages } from '../../../test/paging.ts';
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

describe("the administration's lists of the match: 技术经理人 and the synonym table", () => {
  it('pages the experts, finds them by a fragment of the name, and exports what it found', async () => {
    const {
      users: [first],
    } = await seed(t, {
      users: [
        { role: 'expert', displayName: '示例专家甲光伏' },
        { role: 'expert', displayName: '示例专家乙光伏' },
        { role: 'expert', displayName: '示例专家丙储能' },
      ],
    });
    await api.put(`/api/v1/market/brokers/${(first as { id: number }).id}`, { broker: true }, { as: admin });
    const walked = await walkPages(api, '/api/v1/market/brokers', admin, 2, 'userId');
    expect(walked.total).toBeGreaterThanOrEqual(3);
    const found = (await api.get(`/api/v1/market/brokers?q=${encodeURIComponent('光伏')}`, { as: admin })).json();
    expect(found.items.map((c: { displayName: string }) => c.displayName).sort()).toEqual([
      '示例专家乙光伏',
      '示例专家甲光伏',
    ]);
    expect(found.items.find((c: { displayName: string }) => c.displayName === '示例专家甲光伏').broker).toBe(true);
    expect((await api.get(`/api/v1/market/brokers?q=${encodeURIComponent('光_')}`, { as: admin })).json().total).toBe(
      0,
    );
    const xlsx = await api.get('/api/v1/market/brokers/export.xlsx', { as: admin });
    expect(xlsx.headers['content-disposition']).toMatch(/market-brokers-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect(await exportRowCount(api, `/api/v1/market/brokers/export.xlsx?q=${encodeURIComponent('光伏')}`, admin)).toBe(
      2,
    );
    // The list and its export are the administration's.
    const member = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/market/brokers', { as: member.cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/market/brokers/export.xlsx', { as: member.cookie })).statusCode).toBe(403);
  });

  it('pages the synonym groups, finds them by a word or the note, and exports what it found', async () => {
    // The migration's table of common groups is there already.
    const before = (await api.get('/api/v1/market/synonyms', { as: admin })).json().total as number;
    for (const body of [
      { terms: ['示例秸秆', '示例稻草'], note: '示例：农业废弃物' },
      { terms: ['示例光伏', '示例太阳能'] },
      { terms: ['示例储能', '示例蓄能'], note: '示例光伏配套' },
    ])
      expect((await api.post('/api/v1/market/synonyms', body, { as: admin })).statusCode).toBe(201);
    const walked = await walkPages(api, '/api/v1/market/synonyms', admin, 2);
    expect(walked.total).toBe(before + 3);
    const found = async (q: string) =>
      (await api.get(`/api/v1/market/synonyms?q=${encodeURIComponent(q)}`, { as: admin }))
        .json()
        .items.map((g: { terms: string[] }) => g.terms[0]);
    expect(await found('示例光伏')).toEqual(['示例光伏', '示例储能']);
    expect(await found('示例稻草')).toEqual(['示例秸秆']);
    expect(await found('%')).toEqual([]);
    const xlsx = await api.get('/api/v1/market/synonyms/export.xlsx', { as: admin });
    expect(xlsx.headers['content-disposition']).toMatch(/market-synonyms-\d{4}-\d{2}-\d{2}\.xlsx/);
    expect(
      await exportRowCount(api, `/api/v1/market/synonyms/export.xlsx?q=${encodeURIComponent('示例光伏')}`, admin),
    ).toBe(2);
    const member = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/market/synonyms/export.xlsx', { as: member.cookie })).statusCode).toBe(403);
  });
});
