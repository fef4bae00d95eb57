import { POLICY_APPLICATION_STATUSES, policyApplicationPageSchema } from '@cz/shared/policy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: new Date().getFullYear(), uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);
const as = (role: string) => {
  const a = DEMO_ACCOUNTS.find((x) => x.username === role);
  return login(t, a?.username as string, a?.password);
};

describe('the demo policy applications', () => {
  it('hold applications in every state, one 快申快享 overdue, payments and ratings', async () => {
    const admin = await as('admin');
    const all = policyApplicationPageSchema.parse(
      (await api.get('/api/v1/policy/applications?pageSize=200', { as: admin })).json(),
    );
    expect(new Set(all.items.map((a) => a.status))).toEqual(new Set(POLICY_APPLICATION_STATUSES));
    for (const a of all.items) expect(a.itemTitle, a.itemTitle).toContain('示例');
    const overdue = (await api.get('/api/v1/policy/applications?due=overdue', { as: admin })).json();
    expect(overdue.total).toBe(1);
    expect(overdue.items[0].timer.overdue).toBe(true);
    expect(all.items.filter((a) => a.rating).length).toBeGreaterThanOrEqual(3);
    expect(all.items.filter((a) => a.payment).length).toBeGreaterThanOrEqual(3);
    const bench = (await api.get('/api/v1/workbench', { as: admin })).json().items as { key: string; count: number }[];
    expect(bench.find((i) => i.key === 'policy.applications')?.count).toBeGreaterThan(0);
    expect(bench.find((i) => i.key === 'policy.fast_due')?.count).toBeGreaterThanOrEqual(2);
    // A running 公示 with its enterprises and amounts, for anyone.
    const notices = (await api.get('/api/v1/policy/notices?running=true')).json();
    expect(notices.items[0].entries.length).toBeGreaterThan(0);
  });

  it('leave the demo enterprise one to correct, one 免申即享 to confirm, and an item to apply for asking one material', async () => {
    const cookie = await as('enterprise');
    const bench = (await api.get('/api/v1/workbench', { as: cookie })).json().items as { key: string; count: number }[];
    expect(bench.find((i) => i.key === 'policy.returned')?.count).toBe(1);
    expect(bench.find((i) => i.key === 'policy.auto_confirm')?.count).toBe(1);
    const me = (await api.get('/api/v1/auth/me', { as: cookie })).json();
    const fits = (await api.get(`/api/v1/policy/orgs/${me.org.id}/fits`, { as: cookie })).json();
    const found = fits.items.find(
      (f: { item: { title: string } }) => f.item.title === '示例规上企业研发投入奖励',
    )?.item;
    expect(found).toBeDefined();
    // The list leaves out the materials; the item's own page has them.
    const item = (await api.get(`/api/v1/policy/items/${found.id}`, { as: cookie })).json();
    const resolved = (
      await api.post(`/api/v1/materials/orgs/${me.org.id}/resolve`, { requirements: item.materials }, { as: cookie })
    ).json();
    expect(
      resolved.items
        .filter((i: { satisfied: boolean }) => !i.satisfied)
        .map((i: { requirement: { kind: string } }) => i.requirement.kind),
    ).toEqual(['tax_certificate']);
  });
});
