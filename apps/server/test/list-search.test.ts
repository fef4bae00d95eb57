import { shanghaiInstant } from '@cz/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../src/kernel/clock.ts';
import { adminCookie } from './factories.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';
import { seed } from './seed.ts';

// Monday 2026-03-02 08:00 in Shanghai.
const clock = fixedClock(shanghaiInstant('2026-03-02', 8 * 60));
let t: TestApp;
const api = client(() => t);
const at = (hour: number) => shanghaiInstant('2026-03-03', hour * 60).toISOString();
const NUL = encodeURIComponent('示例\u0000');

// Two enterprises (甲 and 乙) buy from one provider: an order each, a booking each, vouchers under two schemes.
let tag: string;
let a: { cookie: string; orgName: string };
let b: { cookie: string; orgName: string };
let provider: string;
let admin: string;
let orderA: number;
let orderB: number;
let bookingA: number;
let bookingB: number;
let voucherNumberA: string;

beforeAll(async () => {
  t = await createTestApp({ clock, config: {} });
  // Letters only, so that a search for an order or booking number matches no name.
  tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  const s = await seed(t, {
    organisations: [
      { key: 'p', kind: 'provider' },
      { key: 'a', name: `示例甲方企业${tag}` },
      { key: 'b', name: `示例乙方企业${tag}` },
    ],
    users: [
      { role: 'provider', org: 'p', login: true },
      { role: 'enterprise', org: 'a', login: true },
      { role: 'enterprise', org: 'b', login: true },
    ],
    services: [
      { key: 's1', provider: 'p', category: 'testing', title: `示例甲号检测${tag}`, pricing: 'quote' },
      { key: 's2', provider: 'p', category: 'testing', title: `示例乙号检测${tag}`, pricing: 'quote' },
    ],
    instruments: [{ provider: 'p', name: `示例色谱仪${tag}`, approvalRequired: true }],
    voucherSchemes: [
      { key: 'x', name: `示例甲类方案${tag}` },
      { key: 'y', name: `示例乙类方案${tag}` },
    ],
    vouchers: [
      { scheme: 'x', org: 'a' },
      { scheme: 'y', org: 'a' },
      { scheme: 'x', org: 'b' },
    ],
  });
  const [pUser, aUser, bUser] = s.users;
  const [, orgA, orgB] = s.organisations;
  provider = pUser?.cookie as string;
  a = { cookie: aUser?.cookie as string, orgName: orgA?.name as string };
  b = { cookie: bUser?.cookie as string, orgName: orgB?.name as string };
  admin = (await adminCookie(t)).cookie;
  voucherNumberA = s.vouchers[0]?.number as string;
  const order = async (cookie: string, serviceId: number) => {
    const res = await api.post('/api/v1/orders', { serviceId }, { as: cookie });
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  };
  orderA = await order(a.cookie, s.services[0]?.id as number);
  orderB = await order(b.cookie, s.services[1]?.id as number);
  const book = async (cookie: string, from: number, purpose: string) => {
    const res = await api.post(
      '/api/v1/bookings',
      { instrumentId: s.instruments[0]?.id, start: at(from), end: at(from + 1), purpose },
      { as: cookie },
    );
    expect(res.statusCode).toBe(201);
    return res.json().id as number;
  };
  bookingA = await book(a.cookie, 9, `示例甲号用途${tag}`);
  bookingB = await book(b.cookie, 14, `示例乙号用途${tag}`);
});
afterAll(() => t.close());

const ids = async (path: string, cookie: string) => {
  const res = await api.get(path, { as: cookie });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { id: number }[]).map((x) => x.id);
};
const q = (s: string) => encodeURIComponent(s);

async function sheetRows(path: string, cookie: string) {
  const res = await api.get(path, { as: cookie });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return (wb.worksheets[0] as ExcelJS.Worksheet).rowCount - 1;
}

describe('searching the order list', () => {
  it("finds a member's own orders by the service title, and not another organisation's", async () => {
    expect(await ids(`/api/v1/orders?q=${q(`甲号检测${tag}`)}`, a.cookie)).toEqual([orderA]);
    expect(await ids(`/api/v1/orders?q=${q(`乙号检测${tag}`)}`, a.cookie)).toEqual([]);
    expect(await ids(`/api/v1/orders?q=${q(`乙号检测${tag}`)}`, b.cookie)).toEqual([orderB]);
  });

  it("finds a provider's orders by the buyer's name or the order number, and matches % literally", async () => {
    // B's order of the service and the order of B's booking.
    const byBuyer = (await api.get(`/api/v1/orders?scope=provider&q=${q(`乙方企业${tag}`)}`, { as: provider })).json();
    expect(byBuyer.total).toBe(2);
    expect(byBuyer.items.map((o: { buyerOrgName: string }) => o.buyerOrgName)).toEqual([b.orgName, b.orgName]);
    expect(byBuyer.items.map((o: { id: number }) => o.id)).toContain(orderB);
    // A number finds the order of that number (names holding the same digits match too).
    expect(await ids(`/api/v1/orders?scope=provider&q=${orderA}`, provider)).toContain(orderA);
    expect(await ids(`/api/v1/orders?scope=provider&q=987654321`, provider)).toEqual([]);
    expect(await ids(`/api/v1/orders?scope=provider&q=${q('%')}`, provider)).toEqual([]);
    const page = (await api.get(`/api/v1/orders?scope=provider&q=${q(tag)}`, { as: provider })).json();
    expect(page.total).toBe(4);
  });

  it('exports only the matching rows, and refuses a NUL byte with 400', async () => {
    expect(await sheetRows(`/api/v1/orders/export.xlsx?scope=provider&q=${q(`甲号检测${tag}`)}`, provider)).toBe(1);
    expect((await api.get(`/api/v1/orders?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
    expect((await api.get(`/api/v1/orders/export.xlsx?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
  });
});

describe('searching the booking list', () => {
  it("finds a member's own bookings by the purpose or the instrument, and not another organisation's", async () => {
    expect(await ids(`/api/v1/bookings?q=${q(`甲号用途${tag}`)}`, a.cookie)).toEqual([bookingA]);
    expect(await ids(`/api/v1/bookings?q=${q(`乙号用途${tag}`)}`, a.cookie)).toEqual([]);
    expect(await ids(`/api/v1/bookings?q=${q(`色谱仪${tag}`)}`, b.cookie)).toEqual([bookingB]);
  });

  it("finds a provider's bookings by the booking organisation's name or the booking number", async () => {
    expect(await ids(`/api/v1/bookings?scope=provider&q=${q(`甲方企业${tag}`)}`, provider)).toEqual([bookingA]);
    expect(await ids(`/api/v1/bookings?scope=provider&q=${bookingB}`, provider)).toContain(bookingB);
    expect(await ids(`/api/v1/bookings?scope=provider&q=987654321`, provider)).toEqual([]);
    const page = (await api.get(`/api/v1/bookings?scope=provider&q=${q(`色谱仪${tag}`)}`, { as: provider })).json();
    expect(page.total).toBe(2);
    expect(await ids(`/api/v1/bookings?scope=provider&q=${q('_')}`, provider)).toEqual([]);
  });

  it('exports only the matching rows, and refuses a NUL byte with 400', async () => {
    expect(await sheetRows(`/api/v1/bookings/export.xlsx?scope=provider&q=${q(`乙方企业${tag}`)}`, provider)).toBe(1);
    expect((await api.get(`/api/v1/bookings?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
    expect((await api.get(`/api/v1/bookings/export.xlsx?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
  });
});

describe('searching the voucher list', () => {
  const numbers = async (path: string, cookie: string) => {
    const res = await api.get(path, { as: cookie });
    expect(res.statusCode).toBe(200);
    return {
      total: res.json().total as number,
      orgs: (res.json().items as { orgName: string }[]).map((v) => v.orgName),
    };
  };

  it("finds a member's own vouchers by the scheme's name or the number, and not another organisation's", async () => {
    expect(await numbers(`/api/v1/vouchers?q=${q(`甲类方案${tag}`)}`, a.cookie)).toEqual({
      total: 1,
      orgs: [a.orgName],
    });
    expect(await numbers(`/api/v1/vouchers?q=${q(voucherNumberA)}`, a.cookie)).toMatchObject({ total: 1 });
    expect(await numbers(`/api/v1/vouchers?q=${q(voucherNumberA)}`, b.cookie)).toEqual({ total: 0, orgs: [] });
    expect(await numbers(`/api/v1/vouchers?q=${q(`乙方企业${tag}`)}`, a.cookie)).toEqual({ total: 0, orgs: [] });
  });

  it('finds every voucher of a scheme or an enterprise for the administration', async () => {
    expect((await numbers(`/api/v1/vouchers?scope=all&q=${q(`甲类方案${tag}`)}`, admin)).total).toBe(2);
    expect(await numbers(`/api/v1/vouchers?scope=all&q=${q(`乙方企业${tag}`)}`, admin)).toEqual({
      total: 1,
      orgs: [b.orgName],
    });
  });

  it('exports only the matching rows, and refuses a NUL byte with 400', async () => {
    expect(await sheetRows(`/api/v1/vouchers/export.xlsx?q=${q(tag)}`, a.cookie)).toBe(2);
    expect(await sheetRows(`/api/v1/vouchers/export.xlsx?scope=all&q=${q(`乙类方案${tag}`)}`, admin)).toBe(1);
    expect((await api.get(`/api/v1/vouchers?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
    expect((await api.get(`/api/v1/vouchers/export.xlsx?q=${NUL}`, { as: a.cookie })).statusCode).toBe(400);
  });
});
