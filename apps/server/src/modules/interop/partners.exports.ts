import { type Partner, partnerListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { PartnerService } from './partners.service.ts';

/** Partner region rows of an export: no shared key, the state in words, times at Shanghai time. */
export function partnerExportRows(items: Partner[]) {
  return items.map((p) => ({
    code: p.code,
    name: p.name,
    baseUrl: p.baseUrl,
    active: p.active ? '启用 Active' : '停用 Inactive',
    createdAt: zoneTimeCell(p.createdAt),
  }));
}

/** The partner regions of 通用通兑 as Excel, for the administration (as the list). */
export function partnerExportRoutes({ partners }: { partners: PartnerService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/interop/partners/export.xlsx', {
      schema: {
        tags: ['interop'],
        summary: "Partner regions of 通用通兑 as Excel (admin), with the list's search and filter",
        querystring: partnerListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The partner regions as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => partners.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '通兑地区 Partner regions',
          [
            { header: '地区代码 Code', key: 'code', width: 14 },
            { header: '地区名称 Region', key: 'name', width: 24 },
            { header: '接口地址 Address', key: 'baseUrl', width: 40 },
            { header: '状态 State', key: 'active', width: 14 },
            { header: '登记时间 Registered', key: 'createdAt', width: 20 },
          ],
          partnerExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('interop-partners'), body);
      },
    });
  };
}
