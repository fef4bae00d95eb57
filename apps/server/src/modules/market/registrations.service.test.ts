import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { dealKit } from './deals.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai: the 清明 holidays (04-04 to 04-06) fall inside a 15-working-day limit.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const DAY = 86_400_000;
const { api, relogin, upload, contractBody, agreed, applied } = dealKit(() => ({ t, admin }));

describe('技术合同认定登记', () => {
  it('takes one application from the seller of a signed contract with its scan, due in 15 working days', async () => {
    const d = await agreed('丁', 800_000_00);
    const c = (
      await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(800_000_00), { as: d.seller.cookie })
    ).json();
    const unsigned = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
    expect(unsigned.json().error.code).toBe('market.contract_unsigned');
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.buyer.cookie });
    const noScan = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
    expect(noScan.json().error.code).toBe('market.contract_unsigned');
    await api.put(
      `/api/v1/market/contracts/${c.id}/signed-file`,
      { signedFile: await upload(d.buyer.cookie, '丁') },
      { as: d.buyer.cookie },
    );
    const byBuyer = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.buyer.cookie });
    expect(byBuyer.json().error.code).toBe('market.not_seller');
    const r = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
    // Friday 03-27 + 15 working days, the 清明 holidays skipped: Monday 04-20 (04-17 without them).
    expect(r.json()).toMatchObject({
      status: 'submitted',
      dueOn: '2026-04-20',
      limitWorkingDays: 15,
      review: false,
      workingDaysLeft: 15,
      taxBenefits: [],
    });
    const twice = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
    expect(twice.json().error.code).toBe('market.already_applied');
  });

  it('gives 30 working days from 500万元 of 技术交易额, counted on it and not on 成交额', async () => {
    const big = await applied('戊', 6_000_000_00);
    expect(big.registration).toMatchObject({ review: true, limitWorkingDays: 30, dueOn: '2026-05-13' });
    // 成交额 600万, of which 150万 equipment: 技术交易额 450万, the ordinary limit.
    const mixed = await applied('己', 6_000_000_00, 1_500_000_00);
    expect(mixed.registration).toMatchObject({ review: false, limitWorkingDays: 15, techTradeFen: 4_500_000_00 });
  });

  it('starts the time limit again when returned materials are supplied', async () => {
    const a = await applied('庚', 500_000_00);
    const id = a.registration.id as number;
    const ret = await api.post(
      `/api/v1/market/registrations/${id}/decision`,
      { decision: 'return', note: '示例：请补充盖章页' },
      { as: admin },
    );
    expect(ret.json()).toMatchObject({ status: 'returned', returnNote: '示例：请补充盖章页' });
    clock.advance(12 * DAY); // Wednesday 04-08
    try {
      const s = await api.post(
        `/api/v1/market/registrations/${id}/supply`,
        { note: '示例：已补充' },
        { as: await relogin(a.seller) },
      );
      expect(s.json()).toMatchObject({ status: 'submitted', suppliedOn: '2026-04-08', dueOn: '2026-04-29' });
    } finally {
      clock.advance(-12 * DAY);
    }
  });

  it('numbers registrations per year and point, issues a certificate with a QR code, and verifies it publicly', async () => {
    const first = await applied('辛', 300_000_00);
    const second = await applied('壬', 400_000_00);
    const member = await api.post(
      `/api/v1/market/registrations/${first.registration.id}/decision`,
      { decision: 'register' },
      { as: first.seller.cookie },
    );
    expect(member.statusCode).toBe(403);
    const r1 = (
      await api.post(
        `/api/v1/market/registrations/${first.registration.id}/decision`,
        { decision: 'register' },
        { as: admin },
      )
    ).json();
    const r2 = (
      await api.post(
        `/api/v1/market/registrations/${second.registration.id}/decision`,
        { decision: 'register' },
        { as: admin },
      )
    ).json();
    // year 26, province 14 (山西), city 04 (长治), point 01, serial of six digits.
    expect(r1.number).toMatch(/^26140401\d{6}$/);
    expect(Number(r2.number.slice(-6))).toBe(Number(r1.number.slice(-6)) + 1);
    expect(r1.taxBenefits.map((b: { code: string }) => b.code)).toEqual([
      'market.tax.vat_exempt',
      'market.tax.transfer_income',
    ]);

    const pdf = await api.get(`/api/v1/market/registrations/${first.registration.id}/certificate.pdf`, {
      as: first.buyer.cookie,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // The font is embedded (subset) and the QR code is an image on the page.
    const text = pdf.rawPayload.toString('latin1');
    expect(text).toMatch(/FontFile2/);
    expect(text).toMatch(/\/Subtype \/Image/);
    const stranger = await enterpriseWithUser(t);
    expect(
      (await api.get(`/api/v1/market/registrations/${first.registration.id}/certificate.pdf`, { as: stranger.cookie }))
        .statusCode,
    ).toBe(404);

    const { rows } = await t.db.execute(
      sql`SELECT verify_code FROM market_registrations WHERE id = ${first.registration.id}`,
    );
    const code = (rows[0] as { verify_code: string }).verify_code;
    const ok = await api.get(`/api/v1/market/registrations/verify/${r1.number}?code=${code}`);
    expect(ok.json()).toMatchObject({
      number: r1.number,
      amountFen: 300_000_00,
      techTradeFen: 300_000_00,
      registeredOn: '2026-03-27',
    });
    const wrong = await api.get(`/api/v1/market/registrations/verify/${r1.number}?code=AAAAAAAAAA`);
    expect(wrong.json().error.code).toBe('market.not_verified');
    // Decided once.
    const again = await api.post(
      `/api/v1/market/registrations/${first.registration.id}/decision`,
      { decision: 'register' },
      { as: admin },
    );
    expect(again.json().error.code).toBe('market.registration_state');
  });

  it('refuses with a reason code from the settings, and lists open applications nearest deadline first', async () => {
    const a = await applied('癸', 200_000_00);
    const id = a.registration.id as number;
    const unknown = await api.post(
      `/api/v1/market/registrations/${id}/decision`,
      { decision: 'refuse', reasonCode: 'no_such' },
      { as: admin },
    );
    expect(unknown.json().error.code).toBe('market.unknown_reason');
    const list = (
      await api.get('/api/v1/market/registrations?scope=all&status=submitted&pageSize=200', { as: admin })
    ).json();
    const dues = list.items.map((r: { dueOn: string }) => r.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect((await api.get('/api/v1/market/registrations?scope=all', { as: a.seller.cookie })).statusCode).toBe(403);
    const refused = (
      await api.post(
        `/api/v1/market/registrations/${id}/decision`,
        { decision: 'refuse', reasonCode: 'incomplete_terms', note: '示例：缺少验收标准' },
        { as: admin },
      )
    ).json();
    expect(refused).toMatchObject({ status: 'refused', reasonCode: 'incomplete_terms', number: null, taxBenefits: [] });
    const settings = (await api.get('/api/v1/market/settings', { as: admin })).json();
    const changed = await api.put('/api/v1/market/settings', { ...settings, workingDays: 20 }, { as: a.seller.cookie });
    expect(changed.statusCode).toBe(403);
    // A point code that does not fill the layout's two digits is refused, and nothing changes.
    const bad = await api.put('/api/v1/market/settings', { ...settings, pointCode: '1' }, { as: admin });
    expect(bad.statusCode).toBe(400);
    expect((await api.get('/api/v1/market/settings', { as: admin })).json().pointCode).toBe('01');
  });
});
