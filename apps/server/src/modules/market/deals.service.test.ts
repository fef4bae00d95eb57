import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser, login } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';

// Friday 2026-03-27, 10:00 in Shanghai: the 清明 holidays (04-04 to 04-06) fall inside a 15-working-day limit.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const api = client(() => t);
const DAY = 86_400_000;
/** A new session after the clock moved on past the idle limit. */
const relogin = (who: { user: unknown }) => login(t, (who.user as { username: string }).username);

async function upload(cookie: string, text: string) {
  const res = await api.post('/api/v1/uploads?name=contract.pdf', Buffer.from(`%PDF-1.4 ${text}`), {
    as: cookie,
    headers: { 'content-type': 'application/pdf' },
  });
  return res.json().hash as string;
}

/** A published achievement of a new seller (a university when `university`), and a new buyer enterprise. */
async function listing(suffix: string, university = false) {
  const seller = university
    ? await (async () => {
        const {
          organisations: [org],
          users: [user],
        } = await seed(t, {
          organisations: [{ key: 'u', kind: 'university' }],
          users: [{ role: 'enterprise', org: 'u', login: true }],
        });
        return { org, user, cookie: (user as { cookie: string }).cookie };
      })()
    : await enterpriseWithUser(t);
  const buyer = await enterpriseWithUser(t);
  const a = (
    await api.post(
      '/api/v1/market/achievements',
      {
        title: `示例高效钙钛矿叠层电池技术${suffix}`,
        summary: '示例成果：钙钛矿/晶硅叠层电池的界面钝化与封装工艺，实验室效率 28% 以上，可许可使用。',
        field: 'energy',
        stage: 'mature',
        transferModes: ['transfer', 'licence'],
        priceFen: 300_000_000,
      },
      { as: seller.cookie },
    )
  ).json();
  await api.post(`/api/v1/market/achievements/${a.id}/submit`, {}, { as: seller.cookie });
  await api.post(`/api/v1/market/achievements/${a.id}/review`, { decision: 'publish' }, { as: admin });
  return { seller, buyer, achievementId: a.id as number };
}

const contractBody = (amountFen: number, costs = 0) => ({
  kind: 'transfer',
  title: '示例钙钛矿叠层电池技术转让合同',
  amountFen,
  nonTechnical: costs ? [{ kind: 'equipment', description: '示例封装设备一台', amountFen: costs }] : [],
  payments: [
    { dueOn: '2026-05-01', amountFen: amountFen / 2, note: '签约后' },
    { dueOn: '2026-09-01', amountFen: amountFen / 2, note: '验收后' },
  ],
});

/** Negotiated to an agreed price: the buyer asks, the seller offers, the buyer accepts. */
async function agreed(suffix: string, amountFen: number, university = false) {
  const l = await listing(suffix, university);
  const opened = await api.post(
    '/api/v1/market/deals',
    { achievementId: l.achievementId, message: '示例：我司拟受让该技术，请介绍许可条件。' },
    { as: l.buyer.cookie },
  );
  expect(opened.statusCode).toBe(201);
  const dealId = opened.json().id as number;
  await api.post(
    `/api/v1/market/deals/${dealId}/messages`,
    { body: '示例报价：一次性转让。', offerFen: amountFen },
    { as: l.seller.cookie },
  );
  const accepted = await api.post(
    `/api/v1/market/deals/${dealId}/offer-answer`,
    { accept: true },
    { as: l.buyer.cookie },
  );
  expect(accepted.statusCode).toBe(200);
  return { ...l, dealId, deal: accepted.json() };
}

/** A signed contract with its scan, applied for registration by the seller. */
async function applied(suffix: string, amountFen: number, costs = 0) {
  const d = await agreed(suffix, amountFen);
  const c = (
    await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(amountFen, costs), { as: d.seller.cookie })
  ).json();
  await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
  await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.buyer.cookie });
  await api.put(
    `/api/v1/market/contracts/${c.id}/signed-file`,
    { signedFile: await upload(d.seller.cookie, suffix) },
    { as: d.seller.cookie },
  );
  const r = await api.post(`/api/v1/market/contracts/${c.id}/registration`, {}, { as: d.seller.cookie });
  expect(r.statusCode).toBe(201);
  return { ...d, contractId: c.id as number, registration: r.json() };
}

describe('from an inquiry to an agreed price', () => {
  it('opens a thread on a published achievement, lets the sides offer, and agrees on the accepted offer', async () => {
    const l = await listing('甲');
    const own = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例自询' },
      { as: l.seller.cookie },
    );
    expect(own.json().error.code).toBe('market.own_achievement');
    const opened = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例：请问是否可独占许可？' },
      { as: l.buyer.cookie },
    );
    const id = opened.json().id as number;
    expect(opened.json()).toMatchObject({
      status: 'negotiating',
      side: 'buyer',
      sellerPublic: false,
      contractable: false,
    });
    // One open deal per buyer and achievement.
    const again = await api.post(
      '/api/v1/market/deals',
      { achievementId: l.achievementId, message: '示例再询' },
      { as: l.buyer.cookie },
    );
    expect(again.json().error.code).toBe('market.deal_open');
    // A stranger neither reads nor writes.
    const stranger = await enterpriseWithUser(t);
    expect((await api.get(`/api/v1/market/deals/${id}`, { as: stranger.cookie })).statusCode).toBe(404);

    await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例报价', offerFen: 2_000_000_00 },
      { as: l.buyer.cookie },
    );
    // Nobody accepts their own offer.
    const self = await api.post(`/api/v1/market/deals/${id}/offer-answer`, { accept: true }, { as: l.buyer.cookie });
    expect(self.json().error.code).toBe('market.no_open_offer');
    // The seller's counter-offer supersedes the buyer's.
    await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例还价', offerFen: 2_600_000_00 },
      { as: l.seller.cookie },
    );
    const thread = (await api.get(`/api/v1/market/deals/${id}`, { as: l.seller.cookie })).json();
    expect(thread.messages.map((m: { offerStatus: string | null }) => m.offerStatus)).toEqual([
      null,
      'superseded',
      'open',
    ]);
    expect(thread.side).toBe('seller');
    const done = (
      await api.post(`/api/v1/market/deals/${id}/offer-answer`, { accept: true }, { as: l.buyer.cookie })
    ).json();
    expect(done).toMatchObject({ status: 'agreed', agreedFen: 2_600_000_00, contractable: true, noticeUntil: null });
    // Offers end with the agreement; messages go on.
    const late = await api.post(
      `/api/v1/market/deals/${id}/messages`,
      { body: '示例', offerFen: 1 },
      { as: l.buyer.cookie },
    );
    expect(late.json().error.code).toBe('market.deal_state');
    const audit = await t.db.execute(
      sql`SELECT action FROM audit_log WHERE entity = 'market_deal' AND entity_id = ${id} ORDER BY id`,
    );
    expect(audit.rows.map((r) => (r as { action: string }).action)).toEqual([
      'market.deal.open',
      'market.deal.offer',
      'market.deal.offer',
      'market.deal.agree',
    ]);
    const mine = (await api.get('/api/v1/market/deals', { as: l.buyer.cookie })).json();
    expect(mine.items.map((d: { id: number }) => d.id)).toContain(id);
  });

  it("puts a university's agreed price on public notice for 15 days before a contract may be drafted", async () => {
    const d = await agreed('乙', 1_000_000_00, true);
    expect(d.deal).toMatchObject({
      status: 'notice',
      sellerPublic: true,
      noticeFrom: '2026-03-27',
      noticeUntil: '2026-04-11',
    });
    const notices = (await api.get('/api/v1/market/deal-notices?pageSize=200')).json();
    expect(notices.items.find((n: { dealId: number }) => n.dealId === d.dealId)).toMatchObject({
      agreedFen: 1_000_000_00,
    });
    const early = await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_000_000_00), {
      as: d.seller.cookie,
    });
    expect(early.json().error.code).toBe('market.notice_running');
    clock.advance(16 * DAY);
    try {
      const [seller, buyer] = [await relogin(d.seller), await relogin(d.buyer)];
      const c = await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_000_000_00), { as: seller });
      expect(c.statusCode).toBe(201);
      expect((await api.get(`/api/v1/market/deals/${d.dealId}`, { as: buyer })).json().status).toBe('contracted');
    } finally {
      clock.advance(-16 * DAY);
    }
  });
});

describe('the contract: 技术交易额, confirmation by both sides, fixed once signed', () => {
  it('refuses costs above the amount and payments that do not add up, and keeps 技术交易额 = 成交额 − costs', async () => {
    const d = await agreed('丙', 1_200_000_00);
    const over = await api.post(
      `/api/v1/market/deals/${d.dealId}/contract`,
      {
        ...contractBody(1_200_000_00),
        nonTechnical: [{ kind: 'parts', description: '示例', amountFen: 1_300_000_00 }],
      },
      { as: d.seller.cookie },
    );
    expect(over.statusCode).toBe(400);
    const short = await api.post(
      `/api/v1/market/deals/${d.dealId}/contract`,
      { ...contractBody(1_200_000_00), payments: [{ dueOn: '2026-05-01', amountFen: 1_000_000_00 }] },
      { as: d.seller.cookie },
    );
    expect(short.statusCode).toBe(400);
    const c = (
      await api.post(`/api/v1/market/deals/${d.dealId}/contract`, contractBody(1_200_000_00, 200_000_00), {
        as: d.buyer.cookie,
      })
    ).json();
    expect(c).toMatchObject({
      amountFen: 1_200_000_00,
      nonTechnicalFen: 200_000_00,
      techTradeFen: 1_000_000_00,
      status: 'draft',
    });

    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    // A change after one confirmation asks both again.
    const changed = (
      await api.put(`/api/v1/market/contracts/${c.id}`, contractBody(1_200_000_00, 100_000_00), { as: d.buyer.cookie })
    ).json();
    expect(changed).toMatchObject({ sellerConfirmedAt: null, techTradeFen: 1_100_000_00 });
    await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.seller.cookie });
    const signed = (await api.post(`/api/v1/market/contracts/${c.id}/confirm`, {}, { as: d.buyer.cookie })).json();
    expect(signed.status).toBe('signed');
    const after = await api.put(`/api/v1/market/contracts/${c.id}`, contractBody(1_200_000_00), {
      as: d.seller.cookie,
    });
    expect(after.json().error.code).toBe('market.contract_signed');
    // The database holds the same rules.
    await expect(t.db.execute(sql`UPDATE market_contracts SET amount_fen = 1 WHERE id = ${c.id}`)).rejects.toThrow();
    await expect(
      t.db.execute(sql`UPDATE market_contracts SET non_technical_fen = 0 WHERE id = ${c.id}`),
    ).rejects.toThrow();
  });
});

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
