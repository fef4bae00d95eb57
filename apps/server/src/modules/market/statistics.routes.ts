import { errorBodySchema, xlsxResponse } from '@cz/shared';
import {
  CONTRACT_KIND_INFO,
  type ContractKind,
  marketStatisticsQuerySchema,
  marketStatisticsSchema,
  TECH_FIELDS,
  type TechField,
  type TradeFigure,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import type { StatisticsService } from './statistics.service.ts';

const SELLER_KIND_ZH: Record<string, string> = {
  enterprise: '企业',
  university: '高校、科研院所',
  provider: '服务机构',
  finance: '金融机构',
  incubator: '孵化载体',
};
const REGION_ZH: Record<string, string> = { city: '本市', province: '省内其他地市', other: '省外' };

/** 技术交易统计 and its workbook (one row per figure: the dimension, its value, contracts, 成交额, 技术交易额). */
export function statisticsRoutes({ statistics }: { statistics: StatisticsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/statistics', {
      schema: {
        tags: ['market'],
        summary: 'Registered technology contracts by year, kind, field, seller kind and buyer region; the ×4 target',
        querystring: marketStatisticsQuerySchema,
        response: { 200: marketStatisticsSchema, 403: errorBodySchema },
      },
      handler: async (request) => statistics.get(request.actor, request.query),
    });
    app.get('/market/statistics/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'The trade statistics of a year as Excel',
        querystring: marketStatisticsQuerySchema,
        response: { 200: xlsxResponse('The trade statistics as an Excel workbook'), 403: errorBodySchema },
      },
      handler: async (request, reply) => {
        const s = await statistics.get(request.actor, request.query);
        const rows = (dimension: string, figures: TradeFigure[], word: (k: string) => string) =>
          figures.map((f) => ({
            dimension,
            key: word(f.key),
            contracts: f.contracts,
            amount: yuanCell(f.amountFen),
            techTrade: yuanCell(f.techTradeFen),
          }));
        const body = await listWorkbook(
          `技术交易统计 ${s.year}`,
          [
            { header: '维度 Dimension', key: 'dimension', width: 16 },
            { header: '分类 Value', key: 'key', width: 24 },
            { header: '登记合同数 Contracts', key: 'contracts', width: 12 },
            { header: '成交额(元) Amount', key: 'amount', width: 16 },
            { header: '技术交易额(元) Tech trade', key: 'techTrade', width: 18 },
          ],
          [
            ...rows('年度 Year', s.years, (k) => k),
            ...rows(`合同类型 Kind (${s.year})`, s.byKind, (k) => CONTRACT_KIND_INFO[k as ContractKind]?.zh ?? k),
            ...rows(`技术领域 Field (${s.year})`, s.byField, (k) => TECH_FIELDS[k as TechField]?.zh ?? k),
            ...rows(`卖方类型 Seller (${s.year})`, s.bySellerKind, (k) => SELLER_KIND_ZH[k] ?? k),
            ...rows(`买方地区 Buyer region (${s.year})`, s.byBuyerRegion, (k) => REGION_ZH[k] ?? k),
          ],
        );
        return sendXlsx(reply, datedXlsxName(`market-statistics-${s.year}`), body);
      },
    });
  };
}
