import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { XLSX_TYPE } from '../src/kernel/excel.ts';
import { createTestApp, type TestApp } from './harness.ts';
import { client } from './request.ts';
import { seed } from './seed.ts';

let t: TestApp;
const api = client(() => t);
const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

// Letters only: a tag that no other row of this file's database carries.
const tag = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
let s: Awaited<ReturnType<typeof seedAll>>;
const cookie = (i: number) => s.users[i]?.cookie as string;
// users: 0 provider P1, 1 provider P2, 2 enterprise A, 3 enterprise B, 4 admin
const P1 = 0;
const P2 = 1;
const A = 2;
const ADMIN = 4;

const seedAll = () =>
  seed(t, {
    organisations: [
      { key: 'p1', kind: 'provider', name: `示例一号检测中心${tag}` },
      { key: 'p2', kind: 'provider', name: `示例二号检测中心${tag}` },
      { key: 'a', name: `示例甲方企业${tag}` },
      { key: 'b', name: `示例乙方企业${tag}` },
    ],
    users: [
      { role: 'provider', org: 'p1', login: true, displayName: `示例一号${tag}` },
      { role: 'provider', org: 'p2', login: true, displayName: `示例二号${tag}` },
      { role: 'enterprise', org: 'a', login: true, displayName: `示例甲方${tag}` },
      { role: 'enterprise', org: 'b', login: true, displayName: `示例乙方${tag}` },
      { role: 'admin', login: true },
    ],
    services: [
      { provider: 'p1', category: 'testing', title: `示例上架检测${tag}`, pricing: 'fixed', price: 122_000 },
      { provider: 'p1', category: 'ip', title: `示例下架代理${tag}`, pricing: 'quote', status: 'withdrawn' },
      { provider: 'p2', category: 'testing', title: `示例二号上架${tag}`, pricing: 'quote' },
      { provider: 'p2', category: 'testing', title: `示例二号暂停${tag}`, pricing: 'quote', status: 'suspended' },
    ],
    instruments: [
      { provider: 'p1', name: `示例一号色谱仪${tag}`, originalValue: 80_000_000, priceExternal: 35_000 },
      { provider: 'p2', name: `示例二号在用仪${tag}` },
      { provider: 'p2', name: `示例二号停用仪${tag}`, status: 'retired' },
    ],
    voucherSchemes: [
      { key: 'open', name: `示例开放方案${tag}`, budget: 500_000_00, status: 'open' },
      { key: 'draft', name: `示例草稿方案${tag}`, status: 'draft' },
    ],
    vouchers: [
      { scheme: 'open', org: 'a', amount: 10_000_00 },
      { scheme: 'open', org: 'a', amount: 5_000_00 },
      { scheme: 'open', org: 'b', amount: 8_000_00 },
    ],
  });

beforeAll(async () => {
  t = await createTestApp();
  s = await seedAll();
});
afterAll(() => t.close());

/** The workbook of an export, as rows of header → cell value, after checking the reply's type and dated name. */
async function exported(path: string, as: string, base: string) {
  const res = await api.get(path, { as });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_TYPE);
  expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${base}-${today()}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? ''])));
  }
  return { headers, rows };
}
const column = (rows: Record<string, unknown>[], header: string) => rows.map((r) => r[header]);

describe('the export of my vouchers', () => {
  it("holds my organisation's vouchers only, in yuan, and needs a login", async () => {
    const { rows } = await exported('/api/v1/vouchers/export.xlsx?scope=mine', cookie(A), 'vouchers');
    expect(column(rows, '企业 Enterprise')).toEqual([`示例甲方企业${tag}`, `示例甲方企业${tag}`]);
    expect((column(rows, '面额(元) Amount') as number[]).sort((x, y) => x - y)).toEqual([5000, 10000]);
    expect(column(rows, '状态 Status')).toEqual(['有效', '有效']);
    expect((await api.get('/api/v1/vouchers/export.xlsx?scope=mine')).statusCode).toBe(401);
  });
});

describe('the export of voucher schemes', () => {
  it('holds drafts for the administration only, with money in yuan and statuses in words', async () => {
    const admin = await exported('/api/v1/voucher-schemes/export.xlsx', cookie(ADMIN), 'voucher-schemes');
    const names = column(admin.rows, '方案 Scheme');
    expect(names).toContain(`示例草稿方案${tag}`);
    const open = admin.rows.find((r) => r['方案 Scheme'] === `示例开放方案${tag}`);
    // 500,000 yuan funded, 23,000 issued as three vouchers.
    expect(open).toMatchObject({ '状态 Status': '申领中', '总额度(元) Budget': 500000, '已发放(元) Issued': 23000 });
    const member = await exported('/api/v1/voucher-schemes/export.xlsx', cookie(A), 'voucher-schemes');
    expect(column(member.rows, '方案 Scheme')).toContain(`示例开放方案${tag}`);
    expect(column(member.rows, '方案 Scheme')).not.toContain(`示例草稿方案${tag}`);
    expect((await api.get('/api/v1/voucher-schemes/export.xlsx')).statusCode).toBe(401);
  });
});

describe('the export of users', () => {
  it('holds the users the filter finds, roles in words, for the administration only', async () => {
    const { headers, rows } = await exported(
      `/api/v1/users/export.xlsx?q=${tag}&role=enterprise`,
      cookie(ADMIN),
      'users',
    );
    expect(headers[0]).toBe('编号 ID');
    expect(column(rows, '姓名 Name').sort()).toEqual([`示例乙方${tag}`, `示例甲方${tag}`].sort());
    expect(column(rows, '角色 Role')).toEqual(['企业用户', '企业用户']);
    expect(headers.join(' ')).not.toMatch(/password|密码/i);
    expect((await api.get('/api/v1/users/export.xlsx', { as: cookie(A) })).statusCode).toBe(403);
    expect((await api.get('/api/v1/users/export.xlsx')).statusCode).toBe(401);
  });
});

describe('the export of services', () => {
  it("holds a provider's own services in every state, and only the listed ones of another provider", async () => {
    const own = await exported(
      `/api/v1/services/export.xlsx?providerId=${s.organisations[0]?.id}`,
      cookie(P1),
      'services',
    );
    const byTitle = Object.fromEntries(own.rows.map((r) => [r['服务 Service'], r]));
    expect(Object.keys(byTitle).sort()).toEqual(
      [`示例上架检测${tag}`, `示例下架代理${tag}`, `示例一号色谱仪${tag}`].sort(),
    );
    expect(byTitle[`示例上架检测${tag}`]).toMatchObject({
      '类别 Category': '检验检测',
      '计价方式 Pricing': '固定价格',
      '价格(元) Price': 1220,
      '状态 Status': '上架中',
    });
    expect(byTitle[`示例下架代理${tag}`]).toMatchObject({ '状态 Status': '已下架', '计价方式 Pricing': '面议' });
    const other = await exported(
      `/api/v1/services/export.xlsx?providerId=${s.organisations[1]?.id}&category=testing`,
      cookie(P1),
      'services',
    );
    expect(column(other.rows, '服务 Service')).toEqual([`示例二号上架${tag}`]);
    const admin = await exported(`/api/v1/services/export.xlsx?q=${tag}&category=testing`, cookie(ADMIN), 'services');
    expect(column(admin.rows, '服务 Service')).toContain(`示例二号暂停${tag}`);
    expect((await api.get('/api/v1/services/export.xlsx')).statusCode).toBe(401);
  });
});

describe('the export of instruments', () => {
  it("holds a provider's own instruments with prices in yuan, and not another provider's retired ones", async () => {
    const own = await exported(
      `/api/v1/instruments/export.xlsx?providerId=${s.organisations[0]?.id}`,
      cookie(P1),
      'instruments',
    );
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({
      '仪器名称 Instrument': `示例一号色谱仪${tag}`,
      '原值(元) Original value': 800000,
      '大型仪器 Large': '是 Yes',
      '对外价(元/小时) External price per hour': 350,
      '状态 Status': '可预约',
    });
    const other = await exported(
      `/api/v1/instruments/export.xlsx?providerId=${s.organisations[1]?.id}`,
      cookie(P1),
      'instruments',
    );
    expect(column(other.rows, '仪器名称 Instrument')).toEqual([`示例二号在用仪${tag}`]);
    const mine = await exported(
      `/api/v1/instruments/export.xlsx?providerId=${s.organisations[1]?.id}`,
      cookie(P2),
      'instruments',
    );
    expect(column(mine.rows, '状态 Status').sort()).toEqual(['可预约', '已停用'].sort());
    expect((await api.get('/api/v1/instruments/export.xlsx')).statusCode).toBe(401);
  });
});

const upload = async (as: string, text: string) =>
  (
    await api.post('/api/v1/uploads?name=doc.pdf', Buffer.from(`%PDF-1.4 ${text}`), {
      as,
      headers: { 'content-type': 'application/pdf' },
    })
  ).json().hash as string;

describe('the export of settlement claims and reimbursements', () => {
  it("holds a provider's own settlement claims only, in yuan with statuses in words; all for the administration", async () => {
    const make = async (n: number) => {
      const x = await seed(t, {
        organisations: [{ key: 'p', kind: 'provider', name: `示例兑付机构${n}${tag}` }, { key: 'e' }],
        users: [
          { role: 'provider', org: 'p', login: true },
          { role: 'enterprise', org: 'e', login: true },
        ],
        voucherSchemes: [{ key: 's', budget: 50_000_000, perEnterpriseCap: 10_000_000 }],
        vouchers: [{ scheme: 's', org: 'e', amount: 5_000_000 }],
        services: [
          {
            provider: 'p',
            category: 'testing',
            title: `示例兑付检测${n}${tag}`,
            pricing: 'quote',
            voucherEligible: true,
          },
        ],
      });
      const [p, e] = x.users.map((u) => u.cookie as string) as [string, string];
      const order = (await api.post('/api/v1/orders', { serviceId: x.services[0]?.id }, { as: e })).json();
      await api.post(`/api/v1/orders/${order.id}/quote`, { amount: 1_000_000 }, { as: p });
      await api.post(`/api/v1/orders/${order.id}/accept`, { vouchers: [x.vouchers[0]?.id] }, { as: e });
      await api.post(`/api/v1/orders/${order.id}/deliver`, { note: '报告' }, { as: p });
      await api.post(`/api/v1/orders/${order.id}/accept-delivery`, undefined, { as: e });
      const docs = {
        contractFile: await upload(p, `合同${n}`),
        invoiceFile: await upload(p, `发票${n}`),
        paymentProofFile: await upload(p, `付款凭证${n}`),
        resultFiles: [await upload(p, `报告${n}`)],
      };
      const claim = await api.post('/api/v1/voucher-claims', { orderId: order.id, ...docs }, { as: p });
      expect(claim.statusCode).toBe(201);
      return p;
    };
    const p1 = await make(1);
    await make(2);
    const own = await exported('/api/v1/voucher-claims/export.xlsx', p1, 'voucher-claims');
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({
      '服务 Service': `示例兑付检测1${tag}`,
      '订单金额(元) Order amount': 10000,
      '状态 Status': '待审核',
    });
    const all = await exported('/api/v1/voucher-claims/export.xlsx?status=submitted', cookie(ADMIN), 'voucher-claims');
    expect(column(all.rows, '服务 Service')).toEqual(
      expect.arrayContaining([`示例兑付检测1${tag}`, `示例兑付检测2${tag}`]),
    );
    expect((await api.get('/api/v1/voucher-claims/export.xlsx')).statusCode).toBe(401);
  });

  it("holds an enterprise's own reimbursement claims only", async () => {
    const [voucherA, , voucherB] = s.vouchers;
    const claim = async (as: string, voucherId: number | undefined, provider: string) => {
      const body = {
        region: '示例伙伴区',
        providerName: provider,
        category: 'testing',
        paidAmount: 500_000,
        invoiceFile: await upload(as, `发票${provider}`),
        paymentProofFile: await upload(as, `付款${provider}`),
      };
      const res = await api.post(`/api/v1/vouchers/${voucherId}/reimbursements`, body, { as });
      expect(res.statusCode).toBe(201);
    };
    await claim(cookie(A), voucherA?.id, `示例甲方报销所${tag}`);
    await claim(cookie(3), voucherB?.id, `示例乙方报销所${tag}`);
    const own = await exported('/api/v1/voucher-reimbursements/export.xlsx', cookie(A), 'voucher-reimbursements');
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({
      '服务机构 Provider': `示例甲方报销所${tag}`,
      '服务类别 Category': '检验检测',
      '实际支付(元) Paid': 5000,
      '状态 Status': '待审核',
    });
    const all = await exported('/api/v1/voucher-reimbursements/export.xlsx', cookie(ADMIN), 'voucher-reimbursements');
    expect(column(all.rows, '服务机构 Provider')).toEqual(
      expect.arrayContaining([`示例甲方报销所${tag}`, `示例乙方报销所${tag}`]),
    );
    expect((await api.get('/api/v1/voucher-reimbursements/export.xlsx')).statusCode).toBe(401);
  });
});

describe('the export of partner regions', () => {
  it('holds the regions without their shared keys, for the administration only', async () => {
    const secret = `s3cret-${tag}-${'k'.repeat(32)}`;
    const put = await api.put(
      `/api/v1/interop/partners/${tag}`,
      { code: tag, name: `示例伙伴区${tag}`, baseUrl: 'https://partner.example.test', secret, active: false },
      { as: cookie(ADMIN) },
    );
    expect(put.json()).toEqual({ ok: true });
    const res = await api.get('/api/v1/interop/partners/export.xlsx', { as: cookie(ADMIN) });
    expect(res.rawPayload.includes(Buffer.from(secret))).toBe(false);
    const { rows } = await exported('/api/v1/interop/partners/export.xlsx', cookie(ADMIN), 'interop-partners');
    expect(rows.find((r) => r['地区代码 Code'] === tag)).toMatchObject({
      '地区名称 Region': `示例伙伴区${tag}`,
      '状态 State': '停用 Inactive',
    });
    expect((await api.get('/api/v1/interop/partners/export.xlsx', { as: cookie(A) })).statusCode).toBe(403);
    expect((await api.get('/api/v1/interop/partners/export.xlsx')).statusCode).toBe(401);
  });
});

describe('the export of my notifications', () => {
  it('holds my own notifications in both languages, and nobody else gets them', async () => {
    const service = (await api.get(`/api/v1/services?q=${encodeURIComponent(`示例上架检测${tag}`)}`)).json().items[0];
    expect((await api.post('/api/v1/orders', { serviceId: service.id }, { as: cookie(A) })).statusCode).toBe(201);
    const mine = await exported('/api/v1/notifications/export.xlsx', cookie(P1), 'notifications');
    const row = mine.rows.find((r) => String(r['内容 Message']).includes(`示例上架检测${tag}`));
    expect(row).toMatchObject({
      '内容 Message': `收到新的服务订单：示例上架检测${tag}`,
      'Message (English)': `New service order: 示例上架检测${tag}`,
      '状态 State': '未读 Unread',
    });
    const other = await exported('/api/v1/notifications/export.xlsx', cookie(P2), 'notifications');
    expect(other.rows.some((r) => String(r['内容 Message']).includes(`示例上架检测${tag}`))).toBe(false);
    expect((await api.get('/api/v1/notifications/export.xlsx')).statusCode).toBe(401);
  });
});
