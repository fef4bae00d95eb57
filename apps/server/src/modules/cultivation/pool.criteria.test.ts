import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { declared, indicator } from './cultivation.fixtures.ts';
import type { CultivationApi } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

/** Enterprises of a park of their own (so that no other test's enterprise matches), each with a logged-in member. */
async function enterprisesInPark(park: string, techStaff: number[]) {
  const keys = techStaff.map((_, i) => `e${i}`);
  const { organisations, users } = await seed(t, {
    organisations: keys.map((key) => ({ key, kind: 'enterprise' as const, park })),
    users: keys.map((key) => ({ role: 'enterprise' as const, org: key, login: true })),
  });
  const out = [];
  for (const [i, org] of organisations.entries()) {
    const cookie = users[i]?.cookie as string;
    await api.put(`/api/v1/cultivation/orgs/${org.id}/declarations`, declared, { as: cookie });
    expect(
      (
        await api.put(`/api/v1/orgs/${org.id}/indicators/2025`, indicator({ techStaff: techStaff[i] ?? 0 }), {
          as: cookie,
        })
      ).statusCode,
    ).toBe(200);
    out.push({ org, cookie });
  }
  return out;
}

const criterionNamed = async (cookie: string, name: string, status = 'active') =>
  (await api.get(`/api/v1/cultivation/pool/criteria?status=${status}&q=${encodeURIComponent(name)}`, { as: cookie }))
    .json()
    .items.find((c: { name: string }) => c.name === name);

const auditOf = async (id: number) =>
  (
    await t.db.execute(sql`
      SELECT action, actor_id, after FROM audit_log
      WHERE entity = 'cultivation_criteria' AND entity_id = ${String(id)} ORDER BY id`)
  ).rows as { action: string; actor_id: string | null; after: Record<string, unknown> }[];

describe('saved pool criteria', () => {
  it('lists what each brought in and would add now, applies again to bring in newcomers, keeps removed ones out', async () => {
    const admin = await adminCookie(t);
    const park = `示例条件园区${Date.now()}`;
    const [a, b] = await enterprisesInPark(park, [30, 5]);
    if (!a || !b) throw new Error('seed');
    const name = `示例冲刺条件${Date.now()}`;
    const built = await api.post(
      '/api/v1/cultivation/pool/build',
      { name, filter: { techSme: 'eligible', scoreMin: 60, park }, tier: 'growing', ownerId: admin.user.id },
      { as: admin.cookie },
    );
    expect(built.json()).toMatchObject({ matched: 1, added: 1 });
    let c = await criterionNamed(admin.cookie, name);
    expect(c).toMatchObject({
      tier: 'growing',
      ownerId: admin.user.id,
      autoApply: false,
      status: 'active',
      inPool: 1,
      matching: 1,
      newMatches: 0,
      filter: { techSme: 'eligible', scoreMin: 60, park, kind: 'tech_sme' },
    });
    expect(c.ownerName).toBeTruthy();

    // B hires tech staff: it is re-evaluated, now matches, and the list says applying would add it.
    await api.put(`/api/v1/orgs/${b.org.id}/indicators/2025`, indicator({ techStaff: 30 }), { as: b.cookie });
    c = await criterionNamed(admin.cookie, name);
    expect(c).toMatchObject({ inPool: 1, matching: 2, newMatches: 1 });
    const applied = await api.post(`/api/v1/cultivation/pool/criteria/${c.id}/apply`, {}, { as: admin.cookie });
    expect(applied.statusCode).toBe(200);
    expect(applied.json()).toEqual({ criteriaId: c.id, matched: 2, added: 1 });
    const entry = (await api.get(`/api/v1/cultivation/pool/${b.org.id}`, { as: admin.cookie })).json().entry;
    expect(entry).toMatchObject({ tier: 'growing', ownerId: admin.user.id, source: 'criteria' });
    // Applying again adds nobody twice.
    expect(
      (await api.post(`/api/v1/cultivation/pool/criteria/${c.id}/apply`, {}, { as: admin.cookie })).json(),
    ).toMatchObject({
      matched: 2,
      added: 0,
    });

    // An enterprise taken out of the pool stays out when the criterion is applied again.
    await api.patch(`/api/v1/cultivation/pool/${a.org.id}`, { removed: true }, { as: admin.cookie });
    expect(
      (await api.post(`/api/v1/cultivation/pool/criteria/${c.id}/apply`, {}, { as: admin.cookie })).json().added,
    ).toBe(0);
    c = await criterionNamed(admin.cookie, name);
    expect(c).toMatchObject({ inPool: 1, matching: 2, newMatches: 0 });

    const audits = await auditOf(c.id);
    expect(audits.map((x) => x.action)).toEqual([
      'cultivation.pool.build',
      'cultivation.criteria.apply',
      'cultivation.criteria.apply',
      'cultivation.criteria.apply',
    ]);
    expect(audits[1]?.after).toMatchObject({ matched: 2, added: [b.org.id] });
    expect(Number(audits[1]?.actor_id)).toBe(admin.user.id);
  });

  it('is renamed, re-owned and retired by an administrator only; a retired one is not applied; bad ids are 404', async () => {
    const admin = await adminCookie(t);
    const park = `示例停用园区${Date.now()}`;
    const [e] = await enterprisesInPark(park, [30]);
    if (!e) throw new Error('seed');
    const name = `示例停用条件${Date.now()}`;
    const { criteriaId } = (
      await api.post(
        '/api/v1/cultivation/pool/build',
        { name, filter: { park }, tier: 'seed', autoApply: true },
        { as: admin.cookie },
      )
    ).json();
    expect((await criterionNamed(admin.cookie, name)).autoApply).toBe(true);

    // Only administrators see or change criteria.
    expect((await api.get('/api/v1/cultivation/pool/criteria', { as: e.cookie })).statusCode).toBe(403);
    expect(
      (await api.post(`/api/v1/cultivation/pool/criteria/${criteriaId}/apply`, {}, { as: e.cookie })).statusCode,
    ).toBe(403);
    expect(
      (await api.patch(`/api/v1/cultivation/pool/criteria/${criteriaId}`, { retired: true }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    // The owner must be an active administrator; an empty change is refused; nothing changed.
    const notAdmin = await api.patch(
      `/api/v1/cultivation/pool/criteria/${criteriaId}`,
      { ownerId: Number((await seed(t, { users: [{ role: 'expert' }] })).users[0]?.id) },
      { as: admin.cookie },
    );
    expect(notAdmin.json().error.code).toBe('cultivation.owner_not_admin');
    expect(
      (await api.patch(`/api/v1/cultivation/pool/criteria/${criteriaId}`, {}, { as: admin.cookie })).statusCode,
    ).toBe(400);

    const renamed = await api.patch(
      `/api/v1/cultivation/pool/criteria/${criteriaId}`,
      { name: `${name}改`, tier: 'sprint', ownerId: admin.user.id },
      { as: admin.cookie },
    );
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toMatchObject({ name: `${name}改`, tier: 'sprint', ownerId: admin.user.id, inPool: 1 });

    // Retiring switches the nightly application off; a retired criterion is not applied and cannot be switched on.
    const retired = (
      await api.patch(`/api/v1/cultivation/pool/criteria/${criteriaId}`, { retired: true }, { as: admin.cookie })
    ).json();
    expect(retired).toMatchObject({ status: 'retired', autoApply: false });
    expect(await criterionNamed(admin.cookie, `${name}改`)).toBeUndefined();
    expect((await criterionNamed(admin.cookie, `${name}改`, 'retired'))?.id).toBe(criteriaId);
    const refused = await api.post(`/api/v1/cultivation/pool/criteria/${criteriaId}/apply`, {}, { as: admin.cookie });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('cultivation.criteria_retired');
    expect(
      (
        await api.patch(`/api/v1/cultivation/pool/criteria/${criteriaId}`, { autoApply: true }, { as: admin.cookie })
      ).json().error.code,
    ).toBe('cultivation.criteria_retired');
    // Brought back, it applies again.
    expect(
      (
        await api.patch(`/api/v1/cultivation/pool/criteria/${criteriaId}`, { retired: false }, { as: admin.cookie })
      ).json().status,
    ).toBe('active');

    expect(
      (await api.post('/api/v1/cultivation/pool/criteria/999999999/apply', {}, { as: admin.cookie })).json().error.code,
    ).toBe('cultivation.criteria_not_found');
    expect(
      (await api.patch('/api/v1/cultivation/pool/criteria/999999999', { retired: true }, { as: admin.cookie }))
        .statusCode,
    ).toBe(404);
  });

  it('applies the criteria set to apply nightly when a run over every enterprise finishes, as the system', async () => {
    const admin = await adminCookie(t);
    const cultivation = t.modules.find((m) => m.name === 'cultivation')?.api as CultivationApi | undefined;
    if (!cultivation) throw new Error('no cultivation module');
    const park = `示例夜间园区${Date.now()}`;
    const [late, other] = await enterprisesInPark(park, [5, 5]);
    if (!late || !other) throw new Error('seed');
    // An owner who leaves before the run: the entries join without one, and the audit names the dropped owner.
    const leaving = await adminCookie(t);
    const nightly = (
      await api.post(
        '/api/v1/cultivation/pool/build',
        {
          name: `示例夜间条件${Date.now()}`,
          filter: { techSme: 'eligible', park },
          tier: 'seed',
          ownerId: leaving.user.id,
          autoApply: true,
        },
        { as: admin.cookie },
      )
    ).json();
    const byHand = (
      await api.post(
        '/api/v1/cultivation/pool/build',
        { name: `示例手动条件${Date.now()}`, filter: { techSme: 'eligible', park }, tier: 'sprint' },
        { as: admin.cookie },
      )
    ).json();
    expect([nightly.added, byHand.added]).toEqual([0, 0]);
    expect(
      (await api.patch(`/api/v1/users/${leaving.user.id}`, { status: 'disabled' }, { as: admin.cookie })).statusCode,
    ).toBe(200);

    // The enterprise comes to qualify; the batch run over every enterprise brings it in by the nightly criterion only.
    await api.put(`/api/v1/orgs/${late.org.id}/indicators/2025`, indicator({ techStaff: 30 }), { as: late.cookie });
    await cultivation.batches.start(null, 'manual');
    await cultivation.batches.drain();
    const entry = (await api.get(`/api/v1/cultivation/pool/${late.org.id}`, { as: admin.cookie })).json().entry;
    expect(entry).toMatchObject({ source: 'criteria', tier: 'seed', ownerId: null });
    expect((await api.get(`/api/v1/cultivation/pool/${other.org.id}`, { as: admin.cookie })).statusCode).toBe(404);
    const { rows } = await t.db.execute(sql`SELECT criteria_id FROM cultivation_pool WHERE org_id = ${late.org.id}`);
    expect(Number(rows[0]?.criteria_id)).toBe(nightly.criteriaId);
    const last = (await auditOf(nightly.criteriaId)).at(-1);
    expect(last?.action).toBe('cultivation.criteria.apply');
    expect(last?.actor_id).toBeNull();
    expect(last?.after).toMatchObject({ added: [late.org.id], automatic: true, ownerDropped: leaving.user.id });
    expect((await auditOf(byHand.criteriaId)).map((x) => x.action)).toEqual(['cultivation.pool.build']);
  });
});
