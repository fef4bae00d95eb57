import { type Order, type OrderStatus, orderListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { OrderService } from './order.service.ts';

const STATUS_ZH: Record<OrderStatus, string> = {
  requested: '待报价',
  quoted: '待确认',
  accepted: '已确认',
  in_service: '服务中',
  delivered: '待验收',
  completed: '已完成',
  cancelled: '已取消',
  rejected: '已拒绝',
  disputed: '争议中',
};

/** The order rows of an export: statuses in words, amounts in 元, times at Shanghai time. */
export function orderExportRows(orders: Order[]) {
  return orders.map((o) => ({
    id: o.id,
    serviceTitle: o.serviceTitle,
    providerName: o.providerName,
    buyerOrgName: o.buyerOrgName,
    quantity: o.quantity,
    amount: o.amount === null ? '' : yuanCell(o.amount),
    status: STATUS_ZH[o.status] ?? o.status,
    rating: o.rating ?? '',
    createdAt: zoneTimeCell(o.createdAt),
    updatedAt: zoneTimeCell(o.updatedAt),
  }));
}

/** The order list as Excel, with the same scope and filters as the list (buyer, provider, or all for admins). */
export function orderExportRoutes({ orderService }: { orderService: OrderService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/orders/export.xlsx', {
      schema: {
        tags: ['orders'],
        summary: "My organisation's orders as Excel, as buyer or provider (admins: all)",
        querystring: orderListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The orders matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const orders = await allPages((page) =>
          orderService.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '服务订单 Orders',
          [
            { header: '订单号 No.', key: 'id', width: 10 },
            { header: '服务 Service', key: 'serviceTitle', width: 30 },
            { header: '服务机构 Provider', key: 'providerName', width: 28 },
            { header: '委托方 Buyer', key: 'buyerOrgName', width: 28 },
            { header: '数量 Quantity', key: 'quantity', width: 10 },
            { header: '金额(元) Amount', key: 'amount', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '评分 Rating', key: 'rating', width: 8 },
            { header: '下单时间 Placed', key: 'createdAt', width: 20 },
            { header: '更新时间 Updated', key: 'updatedAt', width: 20 },
          ],
          orderExportRows(orders),
        );
        return sendXlsx(reply, datedXlsxName('orders'), body);
      },
    });
  };
}
