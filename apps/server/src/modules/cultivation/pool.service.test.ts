import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { declared, indicator } from './cultivation.fixtures.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('高企后备培育库', () => {
  it('builds the pool from criteria, keeps tiers, owners, visits, tasks and outcomes, all audited', async () => {
    const admin = await adminCookie(t);
    const e = await enterpriseWithUser(t);
    const low = await enterpriseWithUser(t);
    await api.put(`/api/v1/cultivation/orgs/${e.org.id}/declarations`, declared, { as: e.cookie });
    await api.put(`/api/v1/orgs/${e.org.id}/indicators/2025`, indicator(), { as: e.cookie });
    await api.put(`/api/v1/orgs/${low.org.id}/indicators/2025`, indicator({ techStaff: 5 }), { as: low.cookie });
    const built = await api.post(
      '/api/v1/cultivation/pool/build',
      {
        name: '示例条件',
        filter: { techSme: 'eligible', hteNot: 'eligible', scoreMin: 60 },
        tier: 'seed',
        ownerId: admin.user.id,
      },
      { as: admin.cookie },
    );
    expect(built.statusCode).toBe(200);
    expect(built.json().added).toBeGreaterThanOrEqual(1);
    const list = (
      await api.get(`/api/v1/cultivation/pool?q=${encodeURIComponent(e.org.name)}`, { as: admin.cookie })
    ).json();
    expect(list.items[0]).toMatchObject({ orgId: e.org.id, tier: 'seed', ownerId: admin.user.id, source: 'criteria' });
    const none = (
      await api.get(`/api/v1/cultivation/pool?q=${encodeURIComponent(low.org.name)}`, { as: admin.cookie })
    ).json();
    expect(none.total).toBe(0);
    // By hand, with an owner that must be an administrator.
    expect(
      (
        await api.post(
          '/api/v1/cultivation/pool',
          { orgId: low.org.id, tier: 'seed', ownerId: low.user.id },
          { as: admin.cookie },
        )
      ).json().error.code,
    ).toBe('cultivation.owner_not_admin');
    expect(
      (await api.post('/api/v1/cultivation/pool', { orgId: low.org.id, tier: 'seed' }, { as: admin.cookie }))
        .statusCode,
    ).toBe(201);
    expect(
      (await api.post('/api/v1/cultivation/pool', { orgId: low.org.id, tier: 'seed' }, { as: admin.cookie })).json()
        .error.code,
    ).toBe('cultivation.already_in_pool');
    let card = (
      await api.patch(`/api/v1/cultivation/pool/${e.org.id}`, { tier: 'sprint' }, { as: admin.cookie })
    ).json();
    expect(card.entry.tier).toBe('sprint');
    card = (
      await api.post(
        `/api/v1/cultivation/pool/${e.org.id}/visits`,
        { visitedOn: '2026-03-02', notes: '示例走访：了解研发费用归集' },
        { as: admin.cookie },
      )
    ).json();
    expect(card.visits[0].notes).toContain('示例走访');
    card = (
      await api.post(
        `/api/v1/cultivation/pool/${e.org.id}/tasks`,
        { title: '补充知识产权', dueOn: '2026-03-10', goalCode: 'tech-sme.score.ip' },
        { as: admin.cookie },
      )
    ).json();
    const task = card.tasks[0];
    expect(task).toMatchObject({ status: 'open', assigneeId: admin.user.id });
    // The owner's workbench counts it (overdue tasks too) until it is closed.
    const work = async () =>
      (await api.get('/api/v1/workbench', { as: admin.cookie }))
        .json()
        .items.find((i: { key: string }) => i.key === 'cultivation.tasks');
    expect(await work()).toMatchObject({ count: 1, link: `/admin/cultivation/pool?ownerId=${admin.user.id}` });
    expect(
      (await api.patch(`/api/v1/cultivation/tasks/${task.id}`, { status: 'done' }, { as: admin.cookie })).json().status,
    ).toBe('done');
    expect((await work()).count).toBe(0);
    expect(
      (await api.patch(`/api/v1/cultivation/tasks/${task.id}`, { status: 'done' }, { as: admin.cookie })).json().error
        .code,
    ).toBe('cultivation.task_closed');
    expect(
      (
        await api.put(
          `/api/v1/cultivation/pool/${e.org.id}/outcomes`,
          { year: 2026, outcome: 'failed' },
          { as: admin.cookie },
        )
      ).statusCode,
    ).toBe(400);
    card = (
      await api.put(
        `/api/v1/cultivation/pool/${e.org.id}/outcomes`,
        { year: 2026, outcome: 'failed', reason: '示例：研发费用占比不足' },
        { as: admin.cookie },
      )
    ).json();
    expect(card.outcomes[0]).toMatchObject({ year: 2026, outcome: 'failed' });
    expect(card.goals.length).toBeGreaterThanOrEqual(0);
    const stats = (await api.get('/api/v1/cultivation/pool/stats', { as: admin.cookie })).json();
    expect(stats.byTier.find((x: { tier: string }) => x.tier === 'sprint').count).toBeGreaterThanOrEqual(1);
    expect(stats.byOutcome).toContainEqual({ year: 2026, outcome: 'failed', count: 1 });
    const { rows } = await t.db.execute(sql`
      SELECT action FROM audit_log WHERE action LIKE 'cultivation.%' AND (entity_id = ${String(e.org.id)} OR entity_id = ${String(task.id)})`);
    const actions = rows.map((r) => r.action);
    for (const a of ['cultivation.pool.update', 'cultivation.outcome.record', 'cultivation.task.update'])
      expect(actions).toContain(a);
    // The enterprise does not see the pool (nor its visit notes).
    expect((await api.get(`/api/v1/cultivation/pool/${e.org.id}`, { as: e.cookie })).statusCode).toBe(403);
    const x = await api.get('/api/v1/cultivation/pool/export.xlsx', { as: admin.cookie });
    expect(x.statusCode).toBe(200);
  });
});
