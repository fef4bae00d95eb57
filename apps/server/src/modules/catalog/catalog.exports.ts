import {
  type PricingMode,
  SERVICE_CATEGORIES,
  type Service,
  type ServiceCategory,
  serviceListQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { CatalogService } from './catalog.service.ts';

const PRICING_ZH: Record<PricingMode, string> = {
  fixed: '固定价格',
  hourly: '按小时',
  per_sample: '按样品',
  quote: '面议',
};
const STATUS_ZH: Record<Service['status'], string> = { active: '上架中', suspended: '已暂停', withdrawn: '已下架' };

/** Service rows of an export: categories, pricing and statuses in words, prices in 元, times at Shanghai time. */
export function serviceExportRows(items: Service[]) {
  return items.map((s) => ({
    id: s.id,
    title: s.title,
    providerName: s.providerName,
    category: SERVICE_CATEGORIES[s.category as ServiceCategory]?.zh ?? s.category,
    pricing: PRICING_ZH[s.pricing] ?? s.pricing,
    price: s.price === null ? '' : yuanCell(s.price),
    region: s.region,
    voucherEligible: s.voucherEligible ? '是 Yes' : '否 No',
    status: STATUS_ZH[s.status] ?? s.status,
    suspendReason: s.suspendReason ?? '',
    rating: s.rating ?? '',
    orderCount: s.orderCount,
    createdAt: zoneTimeCell(s.createdAt),
  }));
}

/**
 * The service list as Excel, with the list's filters and visibility: everyone's listed services, a provider's own in
 * every state (`providerId` of its organisation), every service for the administration.
 */
export function catalogExportRoutes({ catalogService }: { catalogService: CatalogService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/services/export.xlsx', {
      schema: {
        tags: ['services'],
        summary: 'Services as Excel, with the filters of the list (own services in every state; admins: all)',
        querystring: serviceListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The services matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          catalogService.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '科技服务 Services',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '服务 Service', key: 'title', width: 30 },
            { header: '服务机构 Provider', key: 'providerName', width: 28 },
            { header: '类别 Category', key: 'category', width: 12 },
            { header: '计价方式 Pricing', key: 'pricing', width: 10 },
            { header: '价格(元) Price', key: 'price', width: 12 },
            { header: '地区 Region', key: 'region', width: 12 },
            { header: '可用创新券 Vouchers accepted', key: 'voucherEligible', width: 12 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '暂停原因 Suspension reason', key: 'suspendReason', width: 24 },
            { header: '评分 Rating', key: 'rating', width: 8 },
            { header: '成交订单 Orders', key: 'orderCount', width: 10 },
            { header: '发布时间 Listed', key: 'createdAt', width: 20 },
          ],
          serviceExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('services'), body);
      },
    });
  };
}
