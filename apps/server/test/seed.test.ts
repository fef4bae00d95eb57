import { isValidUscc } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../src/modules/voucher/index.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';
import { PASSWORD, seed } from './seed.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('seed()', () => {
  it('fills defaults with unique values and valid USCCs, and returns the rows with ids in the order given', async () => {
    const { organisations, users, services } = await seed(t, {
      organisations: [{}, { kind: 'provider', park: '光伏产业园' }],
    });
    expect(organisations).toHaveLength(2);
    const [a, b] = organisations;
    expect(a.id).toBeGreaterThan(0);
    expect(b.id).toBeGreaterThan(a.id);
    expect(a).toMatchObject({ kind: 'enterprise', status: 'verified' });
    expect(b).toMatchObject({ kind: 'provider', park: '光伏产业园' });
    expect(a.name).not.toBe(b.name);
    expect(a.uscc).not.toBe(b.uscc);
    expect([a.uscc, b.uscc].every(isValidUscc)).toBe(true);
    expect(users).toEqual([]);
    expect(services).toEqual([]);
  });

  it('links rows by key, id or row, hashes passwords and logs users in when asked', async () => {
    const {
      organisations: [lab, buyer],
      users: [provider, enterprise, expert],
      services: [svc],
      instruments: [inst],
    } = await seed(t, {
      organisations: [{ key: 'lab', kind: 'provider' }, { key: 'buyer' }],
      users: [
        { role: 'provider', org: 'lab', login: true },
        { role: 'enterprise', org: 'buyer', password: 'Another-Pass-Phrase-1' },
        { role: 'expert' },
      ],
      services: [{ provider: 'lab', title: '示例种子光伏检测', voucherEligible: true }],
      instruments: [{ provider: 'lab', approvalRequired: false }],
    });
    expect(provider.orgId).toBe(lab.id);
    expect(enterprise.orgId).toBe(buyer.id);
    expect(expert.orgId).toBeNull();
    expect(provider.passwordHash).not.toContain(PASSWORD);
    expect((await api.get('/api/v1/auth/me', { as: provider.cookie })).json().username).toBe(provider.username);
    const login = await api.post('/api/v1/auth/login', {
      username: enterprise.username,
      password: 'Another-Pass-Phrase-1',
    });
    expect(login.statusCode).toBe(200);
    expect(svc.providerId).toBe(lab.id);
    const found = (await api.get(`/api/v1/services?q=${encodeURIComponent('光伏检测')}&providerId=${lab.id}`)).json();
    expect(found.items.map((s: { id: number }) => s.id)).toEqual([svc.id]);
    expect(inst.providerId).toBe(lab.id);
    const listed = (await api.get(`/api/v1/instruments/${inst.id}`)).json();
    expect(listed).toMatchObject({ id: inst.id, serviceId: inst.serviceId, approvalRequired: false });

    const { users: more } = await seed(t, { users: [{ role: 'enterprise', org: buyer }] });
    expect(more[0].orgId).toBe(buyer.id);
    await expect(seed(t, { users: [{ role: 'enterprise', org: 'nowhere' }] })).rejects.toThrow(/nowhere/);
  });

  it('funds schemes and issues vouchers in the ledger, so the books reconcile', async () => {
    const {
      organisations: [org, incubator],
      voucherSchemes: [scheme],
      vouchers: [voucher],
    } = await seed(t, {
      organisations: [
        { key: 'e', park: '高新区本部' },
        { key: 'inc', kind: 'incubator' },
      ],
      incubatorTenancies: [{ incubator: 'inc', tenant: 'e' }],
      voucherSchemes: [{ key: 's', budget: 2_000_000, perEnterpriseCap: 1_000_000 }],
      vouchers: [{ scheme: 's', org: 'e', amount: 600_000 }],
    });
    expect(scheme).toMatchObject({ status: 'open', budget: 2_000_000, validityMonths: 12 });
    expect(voucher).toMatchObject({ schemeId: scheme.id, orgId: org.id, amount: 600_000, status: 'active' });
    const balance = async (code: string) =>
      Number((await t.db.execute(sql`SELECT balance FROM ledger_accounts WHERE code = ${code}`)).rows[0]?.balance);
    expect(await balance(`scheme:${scheme.id}`)).toBe(1_400_000);
    expect(await balance(`voucher:${voucher.id}`)).toBe(600_000);
    expect(await reconcile(t.db)).toEqual([]);
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM incubator_tenancies WHERE incubator_id = ${incubator.id} AND tenant_id = ${org.id}`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('orders an affiliation pair as the table requires and fills indicators', async () => {
    const {
      organisations: [a, b],
      orgAffiliations: [link],
      orgIndicators: [ind],
    } = await seed(t, {
      organisations: [{ key: 'a' }, { key: 'b', kind: 'provider' }],
      orgAffiliations: [{ a: 'b', b: 'a', kind: 'subordinate' }],
      orgIndicators: [{ org: 'a', year: 2025, employees: 50 }],
    });
    expect(link).toMatchObject({ orgA: a.id, orgB: b.id, kind: 'subordinate' });
    expect(ind).toMatchObject({ orgId: a.id, year: 2025, employees: 50, techStaff: 30 });
  });
});
