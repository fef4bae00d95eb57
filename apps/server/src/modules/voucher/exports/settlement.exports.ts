import {
  type Claimable,
  claimableQuerySchema,
  type SettlementBatch,
  settlementBatchListQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../../kernel/excel.ts';
import { allPages } from '../../../kernel/paging.ts';
import type { SettlementService } from '../settlement/settlement.service.ts';

const BATCH_STATUS_ZH: Record<SettlementBatch['status'], string> = { open: '待拨付', paid: '已拨付' };

/** Settlement batch rows of an export: totals in 元, the state in words, times at Shanghai time. */
export function batchExportRows(items: SettlementBatch[]) {
  return items.map((b) => ({
    id: b.id,
    status: BATCH_STATUS_ZH[b.status] ?? b.status,
    claims: b.claims,
    total: yuanCell(b.total),
    providers: b.providers.join('、'),
    note: b.note,
    paymentRef: b.paymentRef ?? '',
    createdAt: zoneTimeCell(b.createdAt),
    paidAt: zoneTimeCell(b.paidAt),
  }));
}

/** Claimable order rows of an export: amounts in 元, completion at Shanghai time. */
export function claimableExportRows(items: Claimable[]) {
  return items.map((c) => ({
    orderId: c.orderId,
    serviceTitle: c.serviceTitle,
    buyerName: c.buyerName,
    orderAmount: yuanCell(c.orderAmount),
    voucherPaid: yuanCell(c.voucherPaid),
    completedAt: zoneTimeCell(c.completedAt),
  }));
}

/** The settlement lists as Excel, with their lists' search and filters: batches (admin), claimable orders (provider). */
export function settlementExportRoutes({ settlement }: { settlement: SettlementService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['voucher settlement'];
    app.get('/settlement-batches/export.xlsx', {
      schema: {
        tags,
        summary: 'Settlement batches as Excel, with the search and filter of the list (admin)',
        querystring: settlementBatchListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The settlement batches as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          settlement.batches(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '拨付批次 Settlement batches',
          [
            { header: '批次号 Batch', key: 'id', width: 10 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '申请数 Claims', key: 'claims', width: 10 },
            { header: '合计(元) Total', key: 'total', width: 14 },
            { header: '服务机构 Providers', key: 'providers', width: 40 },
            { header: '备注 Note', key: 'note', width: 30 },
            { header: '付款凭证号 Payment reference', key: 'paymentRef', width: 24 },
            { header: '创建时间 Created', key: 'createdAt', width: 20 },
            { header: '拨付时间 Paid', key: 'paidAt', width: 20 },
          ],
          batchExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('settlement-batches'), body);
      },
    });
    app.get('/voucher-claims/claimable/export.xlsx', {
      schema: {
        tags,
        summary: 'My completed voucher-paid orders not yet claimed, as Excel, with the search of the list (provider)',
        querystring: claimableQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The claimable orders as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          settlement.claimable(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '待申请兑付订单 Claimable orders',
          [
            { header: '订单号 Order', key: 'orderId', width: 10 },
            { header: '服务 Service', key: 'serviceTitle', width: 30 },
            { header: '委托方 Buyer', key: 'buyerName', width: 30 },
            { header: '订单金额(元) Order amount', key: 'orderAmount', width: 14 },
            { header: '创新券支付(元) Paid by vouchers', key: 'voucherPaid', width: 14 },
            { header: '完成时间 Completed', key: 'completedAt', width: 20 },
          ],
          claimableExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('claimable-orders'), body);
      },
    });
  };
}
