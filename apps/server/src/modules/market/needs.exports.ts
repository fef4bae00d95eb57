import { xlsxResponse } from '@cz/shared';
import { NEED_CONFIDENTIALITY_ZH, type Need, needListQuerySchema, TECH_FIELDS, targetText } from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import { LISTING_STATUS_ZH } from './achievements.exports.ts';
import type { NeedService } from './needs.service.ts';

/** The rows of the needs workbook, in words; a confidential need's details only where the reader may see them. */
export const needExportRows = (items: Need[]) =>
  items.map((n) => ({
    id: n.id,
    title: n.title,
    ownerName: n.ownerName,
    field: TECH_FIELDS[n.field].zh,
    targets: n.targets.map(targetText).join('；'),
    budgetMin: n.budgetMinFen === null ? '面议' : yuanCell(n.budgetMinFen),
    budgetMax: n.budgetMaxFen === null ? '面议' : yuanCell(n.budgetMaxFen),
    deadline: n.deadline,
    confidentiality: NEED_CONFIDENTIALITY_ZH[n.confidentiality],
    summary: n.summary,
    details: n.details ?? '（确认意向后可见）',
    keywords: n.keywords.join('、'),
    status: LISTING_STATUS_ZH[n.status],
    reviewNote: n.reviewNote ?? '',
    publishedAt: zoneTimeCell(n.publishedAt),
  }));

/** The needs list as Excel, with the list's filters and visibility. */
export function needExportRoutes({ needs }: { needs: NeedService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/needs/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'Needs as Excel, with the filters of the list (own in every status; admins: all)',
        security: ANYONE(),
        querystring: needListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The needs matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => needs.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '技术需求 Needs',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '需求名称 Need', key: 'title', width: 36 },
            { header: '需求方 Owner', key: 'ownerName', width: 28 },
            { header: '技术领域 Field', key: 'field', width: 16 },
            { header: '技术指标 Targets', key: 'targets', width: 36 },
            { header: '预算下限(元) Budget from', key: 'budgetMin', width: 14 },
            { header: '预算上限(元) Budget to', key: 'budgetMax', width: 14 },
            { header: '截止日期 Deadline', key: 'deadline', width: 12 },
            { header: '公开程度 Disclosure', key: 'confidentiality', width: 14 },
            { header: '需求概述 Summary', key: 'summary', width: 40 },
            { header: '详细内容 Details', key: 'details', width: 40 },
            { header: '关键词 Keywords', key: 'keywords', width: 24 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '审核意见 Review note', key: 'reviewNote', width: 24 },
            { header: '发布时间 Published', key: 'publishedAt', width: 20 },
          ],
          needExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('needs'), body);
      },
    });
  };
}
