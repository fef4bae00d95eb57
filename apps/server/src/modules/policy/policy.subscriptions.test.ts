import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import type { createPolicyModule } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);
const runner = () => {
  const m = t.modules.find((x) => x.name === 'policy')?.api as ReturnType<typeof createPolicyModule>['api'] | undefined;
  if (!m) throw new Error('no policy module');
  return m.runner;
};

/** A published zone document offering subsidies to tech-based SMEs. */
async function publishedDocument(cookie: string) {
  const doc = await api.post(
    '/api/v1/policy/admin/documents',
    {
      title: `示例订阅测试办法${Date.now()}`,
      issuer: '示例高新区管委会',
      level: 'zone',
      issuedOn: '2026-01-10',
      supportKinds: ['subsidy'],
      enterpriseKinds: ['tech_sme'],
    },
    { as: cookie },
  );
  expect(doc.statusCode, doc.body).toBe(201);
  const id = doc.json().id as number;
  expect((await api.post(`/api/v1/policy/admin/documents/${id}/publish`, {}, { as: cookie })).statusCode).toBe(200);
  return id;
}

/** R&D ≥ 3% of revenue in `park`; the amount as given (10% of R&D, capped, unless told). */
async function publishItem(cookie: string, documentId: number, park: string, o: Record<string, unknown> = {}) {
  const created = await api.post(
    '/api/v1/policy/items',
    {
      documentId,
      title: `示例订阅事项${Date.now()}`,
      condition: {
        all: [
          { fact: 'org.park', op: 'eq', value: park },
          { fact: 'org.rdPercent', op: 'gte', value: 3 },
        ],
      },
      amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 },
      mode: 'apply',
      opensOn: '2026-01-01',
      closesOn: '2099-12-31',
      department: '科技创新部',
      ...o,
    },
    { as: cookie },
  );
  expect(created.statusCode, created.body).toBe(201);
  const item = created.json() as { id: number; title: string };
  const published = await api.post(`/api/v1/policy/items/${item.id}/publish`, {}, { as: cookie });
  expect(published.statusCode, published.body).toBe(200);
  await runner().drain();
  return item;
}

/** Three enterprises of `park`, each with a user: one qualifies (R&D 4.2%), one misses (2%), one has not reported. */
async function enterprises(park: string) {
  const figures = { year: 2025, revenue: 1_000_000_000, totalAssets: 1, employees: 100, techStaff: 25 };
  const { organisations, users } = await seed(t, {
    organisations: [
      { key: 'ok', kind: 'enterprise', park },
      { key: 'low', kind: 'enterprise', park },
      { key: 'none', kind: 'enterprise', park },
    ],
    users: [
      { role: 'enterprise', org: 'ok', login: true },
      { role: 'enterprise', org: 'low', login: true },
      { role: 'enterprise', org: 'none', login: true },
    ],
    orgIndicators: [
      { org: 'ok', rdExpense: 42_000_000, ...figures },
      { org: 'low', rdExpense: 20_000_000, ...figures },
    ],
  });
  const member = (i: number) => ({ id: organisations[i]?.id as number, cookie: users[i]?.cookie as string });
  return { ok: member(0), low: member(1), none: member(2) };
}

const subscribe = (org: { id: number; cookie: string }, body: Record<string, string[]>) =>
  api.put(
    `/api/v1/policy/orgs/${org.id}/subscription`,
    { supportKinds: [], enterpriseKinds: [], levels: [], ...body },
    { as: org.cookie },
  );

/** The policy notices an enterprise's user has, by kind. */
async function policyNotices(cookie: string) {
  const items = (await api.get('/api/v1/notifications', { as: cookie })).json().items as {
    kind: string;
    params: Record<string, unknown>;
    link: string;
  }[];
  return items.filter((n) => n.kind.startsWith('policy.'));
}

describe('policy subscriptions', () => {
  it('are read and replaced by the enterprise’s members and the administration, audited, and refused to others', async () => {
    const e = await enterprises('高新区本部');
    const path = `/api/v1/policy/orgs/${e.ok.id}/subscription`;
    // Never saved: no tags.
    expect((await api.get(path, { as: e.ok.cookie })).json()).toEqual({
      orgId: e.ok.id,
      supportKinds: [],
      enterpriseKinds: [],
      levels: [],
      updatedAt: null,
    });
    const saved = await subscribe(e.ok, { supportKinds: ['subsidy', 'reward', 'subsidy'], levels: ['zone'] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ supportKinds: ['subsidy', 'reward'], enterpriseKinds: [], levels: ['zone'] });
    expect(saved.json().updatedAt).not.toBeNull();
    expect((await api.get(path, { as: e.ok.cookie })).json().supportKinds).toEqual(['subsidy', 'reward']);

    // Another enterprise neither reads nor writes it; an anonymous caller is asked to log in.
    expect((await api.get(path, { as: e.low.cookie })).statusCode).toBe(403);
    expect((await subscribe({ id: e.ok.id, cookie: e.low.cookie }, { levels: ['city'] })).statusCode).toBe(403);
    expect((await api.get(path)).statusCode).toBe(401);
    // A tag outside the lists is refused and changes nothing.
    const bad = await subscribe(e.ok, { supportKinds: ['lottery'] });
    expect(bad.statusCode).toBe(400);
    expect((await api.get(path, { as: e.ok.cookie })).json().levels).toEqual(['zone']);

    // The administration reads and sets it on the enterprise's behalf; no such enterprise is 404.
    const admin = await adminCookie(t);
    expect((await api.get(path, { as: admin.cookie })).json().levels).toEqual(['zone']);
    expect((await subscribe({ id: e.ok.id, cookie: admin.cookie }, { levels: ['city'] })).json().levels).toEqual([
      'city',
    ]);
    expect((await api.get('/api/v1/policy/orgs/999999999/subscription', { as: admin.cookie })).statusCode).toBe(404);

    const { rows } = await t.db.execute(sql`
      SELECT action, actor_id FROM audit_log WHERE entity = 'policy_subscription' AND entity_id = ${String(e.ok.id)}
      ORDER BY id`);
    expect(rows.map((r) => r.action)).toEqual(['policy.subscription.update', 'policy.subscription.update']);
  });

  it('tells the subscribers whose tags the new item’s document carries, once, and the eligible ones only that they qualify', async () => {
    const admin = await adminCookie(t);
    const e = await enterprises('光伏产业园');
    // ok qualifies and subscribes; low subscribes by applicant kind; none subscribes to other tags only.
    expect((await subscribe(e.ok, { supportKinds: ['subsidy'] })).statusCode).toBe(200);
    expect((await subscribe(e.low, { enterpriseKinds: ['tech_sme'] })).statusCode).toBe(200);
    expect((await subscribe(e.none, { supportKinds: ['reward'], levels: ['national'] })).statusCode).toBe(200);
    const item = await publishItem(admin.cookie, await publishedDocument(admin.cookie), '光伏产业园');

    const ok = await policyNotices(e.ok.cookie);
    expect(ok.map((n) => n.kind)).toEqual(['policy.eligible']);
    expect(ok[0]?.params).toMatchObject({ title: item.title, amount: 4_200_000 });
    const low = await policyNotices(e.low.cookie);
    expect(low.map((n) => n.kind)).toEqual(['policy.subscribed']);
    expect(low[0]).toMatchObject({
      params: { title: item.title, closesOn: '2099-12-31' },
      link: `/policies/items/${item.id}`,
    });
    expect(await policyNotices(e.none.cookie)).toEqual([]);

    // The nightly recheck of every open item tells nobody again.
    await runner().startAndDrain(null, null, 'recheck');
    await runner().drain();
    expect((await policyNotices(e.ok.cookie)).length).toBe(1);
    expect((await policyNotices(e.low.cookie)).length).toBe(1);
  });

  it('tells nobody of an item published after its window closed', async () => {
    const admin = await adminCookie(t);
    const e = await enterprises('智能终端产业园');
    await subscribe(e.ok, { supportKinds: ['subsidy'] });
    await subscribe(e.low, { levels: ['zone'] });
    const item = await publishItem(admin.cookie, await publishedDocument(admin.cookie), '智能终端产业园', {
      opensOn: '2020-01-01',
      closesOn: '2020-01-31',
    });
    expect((await api.get(`/api/v1/policy/items/${item.id}`)).json()).toMatchObject({
      status: 'published',
      open: false,
    });
    expect(await policyNotices(e.ok.cookie)).toEqual([]);
    expect(await policyNotices(e.low.cookie)).toEqual([]);
    // No run was started to find anybody.
    const latest = await api.get(`/api/v1/policy/items/${item.id}/simulations/latest`, { as: admin.cookie });
    expect(latest.json()).toBeNull();
  });

  it('tells an eligible enterprise of an item without a fixed amount, with no amount', async () => {
    const admin = await adminCookie(t);
    const e = await enterprises('智能制造实验区');
    await publishItem(admin.cookie, await publishedDocument(admin.cookie), '智能制造实验区', {
      amount: { kind: 'manual', words: { zh: '按项目评审核定', en: 'Set by the project review' } },
    });
    const [told] = await policyNotices(e.ok.cookie);
    expect(told?.kind).toBe('policy.eligible');
    expect(told?.params.amount).toBeNull();
    expect(told?.params.title).toMatch(/^示例订阅事项/);
  });
});
