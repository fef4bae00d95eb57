import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';
import { XLSX_TYPE } from '../../kernel/excel.ts';
import { bookingExportRows } from './booking.exports.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('the booking list export', () => {
  it('writes Shanghai times, statuses in words and the fee in yuan', () => {
    const [row] = bookingExportRows([
      {
        id: 3,
        instrumentId: 1,
        instrumentName: '示例气相色谱质谱联用仪',
        providerId: 2,
        orderId: 9,
        userId: 4,
        orgId: 5,
        orgName: '示例企业',
        start: '2026-03-01T23:30:00.000Z',
        end: '2026-03-02T01:30:00.000Z',
        status: 'completed',
        purpose: '检测',
        samples: 2,
        rejectReason: null,
        lateCancel: false,
        cancelFee: 0,
        usage: {
          actualStart: '2026-03-01T23:30:00.000Z',
          actualEnd: '2026-03-02T01:30:00.000Z',
          billedMinutes: 120,
          hourlyPrice: 35_000,
          fee: 70_000,
          samples: 2,
          operator: '示例操作员',
        },
        createdAt: '2026-02-28T02:00:00.000Z',
      },
    ]);
    expect(row).toMatchObject({
      start: '2026-03-02 07:30:00',
      end: '2026-03-02 09:30:00',
      status: '已完成',
      fee: 700,
      createdAt: '2026-02-28 10:00:00',
    });
  });

  it("answers a member's bookings as a dated workbook, and nobody else's", async () => {
    const { cookie } = await enterpriseWithUser(t);
    const res = await api.get('/api/v1/bookings/export.xlsx?scope=mine', { as: cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(res.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''bookings-${today}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0] as ExcelJS.Worksheet).rowCount).toBe(1);
    expect((await api.get('/api/v1/bookings/export.xlsx')).statusCode).toBe(401);
  });
});
