import { shanghaiInstant } from '@cz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { reconcile } from './ledger/reconcile.ts';
import { voucherKit } from './voucher.test-kit.ts';

const clock = fixedClock(shanghaiInstant('2026-03-02', 9 * 60));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());

const api = client(() => t);

const { openScheme, eligibleEnterprise } = voucherKit(
  () => t,
  () => admin,
);

describe('schemes, applications and issuance', () => {
  it('shows every reason an enterprise is not eligible', async () => {
    const s = await openScheme();
    const plain = await enterpriseWithUser(t); // no park, no 科技型中小企业 number
    const e = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility?amount=700000`, { as: plain.cookie })).json();
    expect(e.eligible).toBe(false);
    expect(e.reasons).toEqual(
      expect.arrayContaining(['voucher.not_in_zone', 'voucher.not_tsme_or_tenant', 'voucher.not_whole_units']),
    );
    const refused = await api.post(
      `/api/v1/voucher-schemes/${s.id}/applications`,
      {
        amount: 500_000,
        purpose: '检测',
      },
      { as: plain.cookie },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual(expect.arrayContaining(['voucher.not_in_zone']));
  });

  it('does not count a self-declared 科技型中小企业 number until the administration verifies it', async () => {
    const s = await openScheme();
    const {
      organisations: [org],
      users: [u],
    } = await seed(t, {
      organisations: [{ key: 'e', park: '光伏产业园' }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
    });
    const eligibility = async () =>
      (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility?amount=500000`, { as: u.cookie })).json();
    expect((await eligibility()).reasons).toEqual(['voucher.not_tsme_or_tenant']);

    const current = (await api.get(`/api/v1/orgs/${org.id}`, { as: u.cookie })).json();
    await api.put(`/api/v1/orgs/${org.id}`, { ...current, tsmeRegNo: '202614040100009' }, { as: u.cookie });
    expect(await eligibility()).toMatchObject({ eligible: false, reasons: ['voucher.not_tsme_or_tenant'] });
    const refused = await api.post(
      `/api/v1/voucher-schemes/${s.id}/applications`,
      { amount: 500_000, purpose: '委托检测' },
      { as: u.cookie },
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual(['voucher.not_tsme_or_tenant']);

    const [change] = (await api.get(`/api/v1/orgs/${org.id}/fact-changes`, { as: u.cookie })).json().items;
    await api.post(`/api/v1/org-fact-changes/${change.id}/decision`, { decision: 'approve' }, { as: admin });
    expect(await eligibility()).toMatchObject({ eligible: true, reasons: [] });
  });

  it('counts an incubator tenant as eligible', async () => {
    const s = await openScheme();
    const {
      users: [u],
    } = await seed(t, {
      organisations: [
        { key: 'incubator', kind: 'incubator' },
        { key: 'tenant', park: '高新区本部' },
      ],
      incubatorTenancies: [{ incubator: 'incubator', tenant: 'tenant', since: '2025-01-01' }],
      users: [{ role: 'enterprise', org: 'tenant', login: true }],
    });
    const e = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility`, { as: u.cookie })).json();
    expect(e).toMatchObject({ eligible: true, reasons: [], remainingCap: 10_000_000 });
  });

  it('issues a voucher on approval (possibly less), publishes it, and keeps to the cap per enterprise', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const a = (
      await api.post(
        `/api/v1/voucher-schemes/${s.id}/applications`,
        {
          amount: 8_000_000,
          purpose: '研发检测',
        },
        { as: e.cookie },
      )
    ).json();
    expect(
      (
        await api.post(
          `/api/v1/voucher-schemes/${s.id}/applications`,
          {
            amount: 500_000,
            purpose: '再申请',
          },
          { as: e.cookie },
        )
      ).json().error.code,
    ).toBe('voucher.duplicate_application'); // one pending application at a time
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/decision`, { decision: 'approve' }, { as: e.cookie }))
        .statusCode,
    ).toBe(403);
    const d = (
      await api.post(
        `/api/v1/voucher-applications/${a.id}/decision`,
        {
          decision: 'approve',
          amount: 6_000_000,
        },
        { as: admin },
      )
    ).json();
    expect(d).toMatchObject({ status: 'approved', approvedAmount: 6_000_000 });
    const v = (await api.get(`/api/v1/vouchers/${d.voucherId}`, { as: e.cookie })).json();
    expect(v).toMatchObject({ amount: 6_000_000, balance: 6_000_000, status: 'active', coveragePercent: 50 });
    expect(v.number).toMatch(/^CXQ-2026-\d{3}-\d{6}$/);
    expect(new Date(v.validUntil).getTime()).toBeGreaterThan(clock.now().getTime() + 360 * 86_400_000);
    const awards = (await api.get(`/api/v1/voucher-schemes/${s.id}/awards`)).json();
    expect(awards.items).toEqual([expect.objectContaining({ orgName: e.org.name, amount: 6_000_000 })]);
    const more = (await api.get(`/api/v1/voucher-schemes/${s.id}/eligibility?amount=5000000`, { as: e.cookie })).json();
    expect(more.reasons).toContain('voucher.over_cap');
    expect(more.remainingCap).toBe(4_000_000);
  });

  it('lets an enterprise withdraw its pending application and exports lists to Excel', async () => {
    const s = await openScheme();
    const e = await eligibleEnterprise();
    const a = (
      await api.post(
        `/api/v1/voucher-schemes/${s.id}/applications`,
        { amount: 500_000, purpose: '检测' },
        { as: e.cookie },
      )
    ).json();
    const other = await eligibleEnterprise();
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: other.cookie })).statusCode,
    ).toBe(404);
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: e.cookie })).json().status,
    ).toBe('withdrawn');
    expect(
      (await api.post(`/api/v1/voucher-applications/${a.id}/withdraw`, undefined, { as: e.cookie })).json().error.code,
    ).toBe('voucher.application_state');
    // withdrawn, so a new application is possible
    expect(
      (
        await api.post(
          `/api/v1/voucher-schemes/${s.id}/applications`,
          {
            amount: 500_000,
            purpose: '再次申请',
          },
          { as: e.cookie },
        )
      ).statusCode,
    ).toBe(201);
    const xlsx = await api.get(`/api/v1/voucher-applications/export.xlsx?scope=all&schemeId=${s.id}`, { as: admin });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await api.get('/api/v1/voucher-applications/export.xlsx?scope=all', { as: e.cookie })).statusCode).toBe(
      403,
    );
    expect((await api.get('/api/v1/vouchers/export.xlsx', { as: e.cookie })).statusCode).toBe(200);
  });

  it('never issues more than the budget, even when approvals race', async () => {
    const s = await openScheme({ budget: 2_000_000, perEnterpriseCap: 500_000 }); // room for 4 vouchers of 5000元
    const apps: number[] = [];
    for (let i = 0; i < 10; i++) {
      const e = await eligibleEnterprise();
      apps.push(
        (
          await api.post(
            `/api/v1/voucher-schemes/${s.id}/applications`,
            {
              amount: 500_000,
              purpose: '检测',
            },
            { as: e.cookie },
          )
        ).json().id,
      );
    }
    const results = await Promise.all(
      apps.map((id) => api.post(`/api/v1/voucher-applications/${id}/decision`, { decision: 'approve' }, { as: admin })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(4);
    expect(
      results.filter((r) => r.statusCode === 409).every((r) => r.json().error.code === 'voucher.budget_exceeded'),
    ).toBe(true);
    const scheme = (await api.get(`/api/v1/voucher-schemes/${s.id}`, { as: admin })).json();
    expect(scheme).toMatchObject({ remaining: 0, issued: 2_000_000 });
    expect(await reconcile(t.db)).toEqual([]);
  });
});
