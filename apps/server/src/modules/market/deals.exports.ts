import { xlsxResponse } from '@cz/shared';
import {
  CONTRACT_KIND_INFO,
  dealListQuerySchema,
  dealNoticeQuerySchema,
  registrationListQuerySchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { DealService } from './deals.service.ts';
import type { RegistrationService } from './registrations.service.ts';

const DEAL_STATUS_ZH = {
  negotiating: '洽谈中',
  notice: '公示中',
  agreed: '已议定',
  contracted: '已签合同',
  cancelled: '已终止',
};
const REGISTRATION_STATUS_ZH = { submitted: '审查中', returned: '待补正', registered: '已登记', refused: '未予登记' };

/** The negotiations, the public notices and the registrations as Excel, with the filters and scope of their lists. */
export function dealExportRoutes({
  deals,
  registrations,
}: {
  deals: DealService;
  registrations: RegistrationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/deals/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'Negotiations as Excel, with the filters of the list',
        querystring: dealListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The negotiations matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => deals.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '技术洽谈 Negotiations',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '成果 Achievement', key: 'achievementTitle', width: 36 },
            { header: '卖方 Seller', key: 'sellerName', width: 28 },
            { header: '买方 Buyer', key: 'buyerName', width: 28 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '议定价格(元) Agreed', key: 'agreed', width: 14 },
            { header: '公示截止 Notice until', key: 'noticeUntil', width: 12 },
            { header: '最近更新 Updated', key: 'updatedAt', width: 20 },
          ],
          items.map((d) => ({
            ...d,
            status: DEAL_STATUS_ZH[d.status],
            agreed: d.agreedFen === null ? '' : yuanCell(d.agreedFen),
            noticeUntil: d.noticeUntil ?? '',
            updatedAt: zoneTimeCell(d.updatedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('deals'), body);
      },
    });
    app.get('/market/deal-notices/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'The agreed prices on public notice now (协议定价公示) as Excel, with the search of the list',
        security: ANYONE(),
        querystring: dealNoticeQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The agreed prices on public notice as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => deals.notices({ ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '协议定价公示 Agreed prices on notice',
          [
            { header: '洽谈编号 Deal', key: 'dealId', width: 10 },
            { header: '成果 Achievement', key: 'achievementTitle', width: 36 },
            { header: '卖方 Seller', key: 'sellerName', width: 28 },
            { header: '买方 Buyer', key: 'buyerName', width: 28 },
            { header: '议定价格(元) Agreed', key: 'agreed', width: 14 },
            { header: '公示开始 From', key: 'noticeFrom', width: 12 },
            { header: '公示截止 Until', key: 'noticeUntil', width: 12 },
          ],
          items.map((n) => ({ ...n, agreed: yuanCell(n.agreedFen) })),
        );
        return sendXlsx(reply, datedXlsxName('deal-notices'), body);
      },
    });
    app.get('/market/registrations/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'Contract registrations as Excel, with the filters of the list',
        querystring: registrationListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The registrations matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          registrations.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '技术合同登记 Registrations',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '登记号 Number', key: 'number', width: 18 },
            { header: '合同 Contract', key: 'contractTitle', width: 36 },
            { header: '类型 Kind', key: 'kind', width: 10 },
            { header: '卖方 Seller', key: 'sellerName', width: 28 },
            { header: '买方 Buyer', key: 'buyerName', width: 28 },
            { header: '成交额(元) Amount', key: 'amount', width: 14 },
            { header: '技术交易额(元) Tech trade', key: 'techTrade', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '申请日期 Applied', key: 'submittedOn', width: 12 },
            { header: '办理期限 Due', key: 'dueOn', width: 12 },
            { header: '登记日期 Registered', key: 'registeredOn', width: 12 },
            { header: '不予登记理由 Reason', key: 'reasonCode', width: 16 },
          ],
          items.map((r) => ({
            ...r,
            number: r.number ?? '',
            kind: CONTRACT_KIND_INFO[r.kind].zh,
            amount: yuanCell(r.amountFen),
            techTrade: yuanCell(r.techTradeFen),
            status: REGISTRATION_STATUS_ZH[r.status],
            registeredOn: r.registeredOn ?? '',
            reasonCode: r.reasonCode ?? '',
          })),
        );
        return sendXlsx(reply, datedXlsxName('contract-registrations'), body);
      },
    });
  };
}
