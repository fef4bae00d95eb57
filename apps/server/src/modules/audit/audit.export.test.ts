import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp, uniqueName } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';

let t: TestApp;
let admin: { cookie: string; id: number; displayName: string };
const entityId = uniqueName('audit');
beforeAll(async () => {
  t = await createTestApp();
  const a = await adminCookie(t);
  admin = { cookie: a.cookie, id: a.user.id, displayName: a.user.displayName };
  // 16:30 UTC on 1 March is 00:30 on 2 March in Shanghai: the export must show the zone's date and time.
  await t.db.execute(sql`INSERT INTO audit_log (at, actor_id, action, entity, entity_id, ip)
    VALUES ('2026-03-01T16:30:00Z', ${admin.id}, 'order.accept', 'service_order', ${entityId}, '10.0.0.1'),
           ('2026-03-01T01:00:00Z', NULL, 'voucher.expire', 'voucher', ${entityId}, NULL)`);
});
afterAll(() => t.close());
const api = client(() => t);

async function rows(locale: 'zh-CN' | 'en-US') {
  const res = await api.get(`/api/v1/audit/export.xlsx?entityId=${entityId}&locale=${locale}`, { as: admin.cookie });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe(XLSX_TYPE);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  const values: string[][] = [];
  sheet.eachRow((r) => {
    values.push((r.values as unknown[]).slice(1).map((v) => String(v ?? '')));
  });
  return { res, values };
}

describe('the audit log export', () => {
  it('names actions, actors and records in Chinese words, at Shanghai time', async () => {
    const { values } = await rows('zh-CN');
    expect(values[0]).toEqual(['时间（北京时间）', '操作人', '操作', '对象类型', '对象编号', 'IP 地址', '操作代码']);
    expect(values[1]).toEqual([
      '2026-03-02 00:30:00',
      `${admin.displayName} (#${admin.id})`,
      '接受报价',
      '服务订单',
      entityId,
      '10.0.0.1',
      'order.accept',
    ]);
    expect(values[2]?.slice(0, 4)).toEqual(['2026-03-01 09:00:00', '系统（自动任务）', '创新券过期', '创新券']);
  });

  it('speaks English when asked', async () => {
    const { values } = await rows('en-US');
    expect(values[0]?.[0]).toBe('Time (Beijing time)');
    expect(values[1]?.slice(2, 4)).toEqual(['Quote accepted', 'Order']);
    expect(values[2]?.slice(1, 3)).toEqual(['System (automatic)', 'Voucher expired']);
  });

  it('names the file with the Shanghai date of the download', async () => {
    const { res } = await rows('zh-CN');
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''audit-log-${today}.xlsx`);
  });

  it('is for administrators only', async () => {
    const { cookie } = await enterpriseWithUser(t);
    expect((await api.get('/api/v1/audit/export.xlsx', { as: cookie })).statusCode).toBe(403);
    expect((await api.get('/api/v1/audit/export.xlsx')).statusCode).toBe(401);
  });
});
