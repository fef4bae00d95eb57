import { type Booking, type BookingStatus, bookingListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { BookingService } from './booking.service.ts';

const STATUS_ZH: Record<BookingStatus, string> = {
  pending: '待审批',
  confirmed: '已确认',
  rejected: '已拒绝',
  cancelled: '已取消',
  completed: '已完成',
  no_show: '爽约',
};

/** Booking rows of an export: Shanghai times, statuses in words, fees in 元. */
export function bookingExportRows(bookings: Booking[]) {
  return bookings.map((b) => ({
    id: b.id,
    instrumentName: b.instrumentName,
    orgName: b.orgName,
    start: zoneTimeCell(b.start),
    end: zoneTimeCell(b.end),
    status: STATUS_ZH[b.status] ?? b.status,
    purpose: b.purpose,
    samples: b.samples,
    billedMinutes: b.usage?.billedMinutes ?? '',
    fee: b.usage ? yuanCell(b.usage.fee) : b.cancelFee > 0 ? yuanCell(b.cancelFee) : '',
    createdAt: zoneTimeCell(b.createdAt),
  }));
}

/** The booking list as Excel, with the list's scope and filters. */
export function bookingExportRoutes({ bookingService }: { bookingService: BookingService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/bookings/export.xlsx', {
      schema: {
        tags: ['bookings'],
        summary: "My organisation's, my instruments' or (admin) all bookings as Excel",
        querystring: bookingListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The bookings matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          bookingService.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '仪器预约 Bookings',
          [
            { header: '预约号 No.', key: 'id', width: 10 },
            { header: '仪器 Instrument', key: 'instrumentName', width: 28 },
            { header: '预约单位 Organisation', key: 'orgName', width: 28 },
            { header: '开始 Start', key: 'start', width: 20 },
            { header: '结束 End', key: 'end', width: 20 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '用途 Purpose', key: 'purpose', width: 30 },
            { header: '样品数 Samples', key: 'samples', width: 10 },
            { header: '计费分钟 Billed minutes', key: 'billedMinutes', width: 12 },
            { header: '费用(元) Fee', key: 'fee', width: 12 },
            { header: '提交时间 Booked', key: 'createdAt', width: 20 },
          ],
          bookingExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('bookings'), body);
      },
    });
  };
}
