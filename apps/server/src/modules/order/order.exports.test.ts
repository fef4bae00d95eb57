import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';
import { orderExportRows } from './order.exports.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('the order list export', () => {
  it('writes statuses in words, amounts in yuan and times at Shanghai time', () => {
    const [row] = orderExportRows([
      {
        id: 7,
        serviceId: 1,
        serviceTitle: '示例检测',
        category: 'testing',
        providerId: 2,
        providerName: '示例检验检测中心有限公司',
        buyerOrgId: 3,
        buyerOrgName: '示例企业',
        status: 'accepted',
        quantity: 1,
        amount: 122_000,
        requestNote: '',
        quoteNote: null,
        deliveryNote: null,
        deliveryFiles: [],
        disputeNote: null,
        cancelReason: null,
        rating: null,
        ratingComment: null,
        bookingId: null,
        createdAt: '2026-03-01T16:30:00.000Z',
        updatedAt: '2026-03-01T01:00:00.000Z',
      },
    ]);
    expect(row).toMatchObject({
      status: '已确认',
      amount: 1220,
      createdAt: '2026-03-02 00:30:00',
      updatedAt: '2026-03-01 09:00:00',
    });
  });

  it("answers a member's orders as a workbook named with the Shanghai date", async () => {
    const { cookie } = await enterpriseWithUser(t);
    const res = await api.get('/api/v1/orders/export.xlsx?scope=buyer', { as: cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''orders-${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0] as ExcelJS.Worksheet).getRow(1).getCell(1).value).toBe('订单号 No.');
    expect((await api.get('/api/v1/orders/export.xlsx')).statusCode).toBe(401);
  });
});
