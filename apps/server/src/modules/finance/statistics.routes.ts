import { errorBodySchema, xlsxResponse } from '@cz/shared';
import { financeStatisticsSchema, statisticsQuerySchema } from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import type { StatisticsService } from './statistics.service.ts';

export function statisticsRoutes({ statistics }: { statistics: StatisticsService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/statistics', {
      schema: {
        tags,
        summary: 'Finance office: the year’s figures (enterprises served, amounts, first-contact days, institutions)',
        querystring: statisticsQuerySchema,
        response: { 200: financeStatisticsSchema, 403: errorBodySchema },
      },
      handler: async (request) => statistics.year(request.actor, request.query.year),
    });
    app.get('/finance/statistics/export.xlsx', {
      schema: {
        tags,
        summary: 'Finance office: the year’s figures by institution as Excel',
        querystring: statisticsQuerySchema,
        response: { 200: xlsxResponse('The figures by institution, with the year’s totals in the last row') },
      },
      handler: async (request, reply) => {
        const s = await statistics.year(request.actor, request.query.year);
        const body = await listWorkbook(
          `科技金融 ${s.year}`,
          [
            { header: '机构 Institution', key: 'name', width: 30 },
            { header: '推送 Pushed', key: 'pushed', width: 10 },
            { header: '认领 Claimed', key: 'claimed', width: 10 },
            { header: '首次联系 Contacted', key: 'contacted', width: 12 },
            { header: '按期联系 On time', key: 'onTime', width: 12 },
            { header: '联系用时中位数(工作日) Median days', key: 'median', width: 16 },
            { header: '放款笔数 Disbursed', key: 'disbursed', width: 12 },
            { header: '放款金额(元) Amount', key: 'disbursedFen', width: 16 },
            { header: '转化率% Conversion', key: 'conversion', width: 12 },
          ],
          [
            ...s.byInstitution.map((i) => ({
              name: i.name,
              pushed: i.pushed,
              claimed: i.claimed,
              contacted: i.contacted,
              onTime: i.onTime,
              median: i.medianContactDays ?? '',
              disbursed: i.disbursed,
              disbursedFen: yuanCell(i.disbursedFen),
              conversion: i.conversionPercent ?? '',
            })),
            {
              name: `合计 Total：服务企业 ${s.served} 家（目标 ${s.servedTarget}）`,
              pushed: '',
              claimed: '',
              contacted: '',
              onTime: s.onTimePercent === null ? '' : `${s.onTimePercent}%`,
              median: s.p90ContactDays === null ? '' : `P90 ${s.p90ContactDays}`,
              disbursed: '',
              disbursedFen: yuanCell(s.disbursedFen),
              conversion: s.approvalPercent === null ? '' : `审批通过率 ${s.approvalPercent}%`,
            },
          ],
        );
        return sendXlsx(reply, datedXlsxName(`finance-statistics-${s.year}`), body);
      },
    });
  };
}
