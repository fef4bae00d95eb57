import {
  INSTRUMENT_CATEGORIES,
  type Instrument,
  type InstrumentCategory,
  instrumentListQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { InstrumentService } from './instrument.service.ts';

const STATUS_ZH: Record<Instrument['status'], string> = {
  available: '可预约',
  maintenance: '维护中',
  retired: '已停用',
};
const LISTING_ZH: Record<string, string> = { active: '上架中', suspended: '已暂停', withdrawn: '已下架' };
const yesNo = (b: boolean) => (b ? '是 Yes' : '否 No');

/** Instrument rows of an export: categories and statuses in words, values and prices in 元. */
export function instrumentExportRows(items: Instrument[]) {
  return items.map((i) => ({
    id: i.id,
    name: i.name,
    model: i.model,
    manufacturer: i.manufacturer,
    providerName: i.providerName,
    category: INSTRUMENT_CATEGORIES[i.category as InstrumentCategory]?.zh ?? i.category,
    originalValue: yuanCell(i.originalValue),
    isLarge: yesNo(i.isLarge),
    location: i.location,
    priceInternal: yuanCell(i.priceInternal),
    priceExternal: yuanCell(i.priceExternal),
    approvalRequired: yesNo(i.approvalRequired),
    voucherEligible: yesNo(i.voucherEligible),
    status: STATUS_ZH[i.status] ?? i.status,
    listingStatus: LISTING_ZH[i.listingStatus] ?? i.listingStatus,
    rating: i.rating ?? '',
  }));
}

/**
 * The instrument list as Excel, with the list's filters and visibility: listed instruments for everyone, a provider's
 * own in every state (`providerId` of its organisation), every instrument for the administration.
 */
export function instrumentExportRoutes({
  instrumentService,
}: {
  instrumentService: InstrumentService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/instruments/export.xlsx', {
      schema: {
        tags: ['instruments'],
        summary: 'Instruments as Excel, with the filters of the list (own instruments in every state; admins: all)',
        querystring: instrumentListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The instruments matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          instrumentService.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '仪器 Instruments',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '仪器名称 Instrument', key: 'name', width: 28 },
            { header: '型号 Model', key: 'model', width: 14 },
            { header: '生产厂家 Manufacturer', key: 'manufacturer', width: 20 },
            { header: '服务机构 Provider', key: 'providerName', width: 28 },
            { header: '类别 Category', key: 'category', width: 16 },
            { header: '原值(元) Original value', key: 'originalValue', width: 14 },
            { header: '大型仪器 Large', key: 'isLarge', width: 8 },
            { header: '存放地点 Location', key: 'location', width: 20 },
            { header: '内部价(元/小时) Internal price per hour', key: 'priceInternal', width: 14 },
            { header: '对外价(元/小时) External price per hour', key: 'priceExternal', width: 14 },
            { header: '需审批 Approval', key: 'approvalRequired', width: 8 },
            { header: '可用创新券 Vouchers accepted', key: 'voucherEligible', width: 10 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '上架状态 Listing', key: 'listingStatus', width: 10 },
            { header: '评分 Rating', key: 'rating', width: 8 },
          ],
          instrumentExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('instruments'), body);
      },
    });
  };
}
