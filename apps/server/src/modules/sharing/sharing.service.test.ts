import { shanghaiInstant } from '@cz/shared';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, providerWithUser, seedInstrument } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { fixedClock } from '../../kernel/clock.ts';

const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock });
});
afterAll(() => t.close());

const at = (date: string, hm: string) => {
  const [h, m] = hm.split(':').map(Number) as [number, number];
  return shanghaiInstant(date, h * 60 + m).toISOString();
};
const api = client(() => t);

/** Books, confirms (the order is accepted with the booking) and records usage: one completed use. */
async function use(buyer: string, provider: string, instrumentId: number, date: string, from: string, to: string) {
  const bk = (
    await api.post('/api/v1/bookings', { instrumentId, start: at(date, from), end: at(date, to) }, { as: buyer })
  ).json();
  if (!bk.id) throw new Error(JSON.stringify(bk));
  if (bk.status === 'pending') await api.post(`/api/v1/bookings/${bk.id}/approve`, undefined, { as: provider });
  const res = await api.post(
    `/api/v1/bookings/${bk.id}/usage`,
    {
      actualStart: at(date, from),
      actualEnd: at(date, to),
    },
    { as: provider },
  );
  if (res.statusCode !== 200) throw new Error(res.body);
  return bk;
}

describe('open-sharing statistics and 后补助', () => {
  it('counts effective and external hours, revenues, enterprises served, and excludes related parties from the subsidy', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p, { approvalRequired: false, bufferMinutes: 0 }); // 200 元/h internal, 400 元/h external
    const a = await enterpriseWithUser(t);
    const b = await enterpriseWithUser(t);
    const related = await enterpriseWithUser(t);
    await use(a.cookie, p.cookie, inst.id, '2026-03-03', '09:00', '11:00'); // external 2 h, 800 元
    await use(b.cookie, p.cookie, inst.id, '2026-03-03', '13:00', '14:00'); // external 1 h, 400 元
    await use(related.cookie, p.cookie, inst.id, '2026-03-04', '09:00', '10:00'); // external but related, 400 元
    await use(p.cookie, p.cookie, inst.id, '2026-03-04', '13:00', '14:00'); // internal 1 h, 200 元
    const admin = await adminCookie(t);
    expect(
      (
        await api.post(
          `/api/v1/orgs/${p.org.id}/affiliations`,
          {
            orgId: related.org.id,
            kind: 'co_built',
          },
          { as: admin.cookie },
        )
      ).statusCode,
    ).toBe(201);

    const stats = (
      await api.get(`/api/v1/sharing/stats?year=2026&providerId=${p.org.id}`, { as: admin.cookie })
    ).json();
    expect(stats.instruments).toHaveLength(1);
    expect(stats.instruments[0]).toMatchObject({
      effectiveHours: 5,
      externalHours: 4,
      shareRate: 0.8,
      internalRevenue: 20_000,
      externalRevenue: 160_000,
      relatedRevenue: 40_000,
      enterprisesServed: 3,
      bookings: 4,
    });
    const ownView = (await api.get('/api/v1/sharing/stats?year=2026', { as: p.cookie })).json();
    expect(ownView.providers).toHaveLength(1);
    expect(ownView.providers[0].providerId).toBe(p.org.id);

    expect((await api.get('/api/v1/sharing/subsidy?year=2026', { as: admin.cookie })).json().error.code).toBe(
      'sharing.no_rule',
    );
    const rule = { year: 2026, ownerPercent: 20, ownerCap: 1_000_000, excludeRelated: true, minSharePercent: 50 };
    expect((await api.put('/api/v1/sharing/subsidy-rules/2026', rule, { as: admin.cookie })).statusCode).toBe(200);
    const subsidy = (await api.get('/api/v1/sharing/subsidy?year=2026', { as: admin.cookie })).json();
    const mine = subsidy.proposals.find((x: { providerId: number }) => x.providerId === p.org.id);
    expect(mine).toMatchObject({ eligibleRevenue: 120_000, proposed: 24_000, reason: 'ok' });

    const xlsx = await api.get(`/api/v1/sharing/stats.xlsx?year=2026&providerId=${p.org.id}`, { as: admin.cookie });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]?.getRow(2).getCell(1).value).toBe(inst.name);
    expect(wb.worksheets[1]?.getRow(2).getCell(7).value).toBe(240); // 24,000 fen = 240 元
  });

  it('keeps statistics and rules from enterprises and other providers', async () => {
    const e = await enterpriseWithUser(t);
    const p = await providerWithUser(t);
    const other = await providerWithUser(t);
    expect((await api.get('/api/v1/sharing/stats?year=2026', { as: e.cookie })).statusCode).toBe(403);
    expect(
      (await api.get(`/api/v1/sharing/stats?year=2026&providerId=${other.org.id}`, { as: p.cookie })).statusCode,
    ).toBe(403);
    expect(
      (
        await api.put(
          '/api/v1/sharing/subsidy-rules/2026',
          { year: 2026, ownerPercent: 99, ownerCap: 1 },
          { as: p.cookie },
        )
      ).statusCode,
    ).toBe(403);
    expect(
      (await api.post(`/api/v1/orgs/${p.org.id}/affiliations`, { orgId: e.org.id, kind: 'co_built' }, { as: p.cookie }))
        .statusCode,
    ).toBe(403);
    const { rows } = await t.db.execute(
      sql`SELECT count(*)::int AS n FROM org_affiliations WHERE org_a = ${Math.min(p.org.id, e.org.id)}`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('listing suspension', () => {
  it('hides a suspended provider from the public catalog and brings it back on reinstatement', async () => {
    const p = await providerWithUser(t);
    const inst = await seedInstrument(t, p);
    const admin = await adminCookie(t);
    const publicView = () => api.get(`/api/v1/instruments/${inst.id}`);
    expect((await publicView()).statusCode).toBe(200);
    const res = await api.post(
      `/api/v1/orgs/${p.org.id}/listings/suspension`,
      {
        action: 'suspend',
        reason: '资质到期',
      },
      { as: admin.cookie },
    );
    expect(res.json()).toEqual({ changed: 1 });
    expect((await publicView()).statusCode).toBe(404);
    const e = await enterpriseWithUser(t);
    const booking = await api.post(
      '/api/v1/bookings',
      {
        instrumentId: inst.id,
        start: at('2026-03-03', '10:00'),
        end: at('2026-03-03', '11:00'),
      },
      { as: e.cookie },
    );
    expect(booking.json().error.code).toBe('booking.instrument_unavailable');
    expect((await api.get(`/api/v1/instruments/${inst.id}`, { as: p.cookie })).json().listingStatus).toBe('suspended');
    await api.post(`/api/v1/orgs/${p.org.id}/listings/suspension`, { action: 'reinstate' }, { as: admin.cookie });
    expect((await publicView()).statusCode).toBe(200);
    expect(
      (await api.post(`/api/v1/orgs/${p.org.id}/listings/suspension`, { action: 'reinstate' }, { as: p.cookie }))
        .statusCode,
    ).toBe(403);
  });
});
