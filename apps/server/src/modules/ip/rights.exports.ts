import { xlsxResponse } from '@cz/shared';
import { rightsCaseListQuerySchema } from '@cz/shared/ip';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { RightsService } from './rights.service.ts';

const KIND_ZH = { infringed: '被侵权', accused: '被诉侵权', ownership: '权属纠纷' };
const STATUS_ZH = {
  submitted: '待受理',
  accepted: '已受理',
  handling: '处理中',
  mediation: '调解中',
  transferred: '已移送',
  closed: '已结案',
  declined: '不予受理',
};

/** The rights-protection cases as Excel, with the scope and filter of the list. */
export function rightsExportRoutes({ rights }: { rights: RightsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/ip/cases/export.xlsx', {
      schema: {
        tags: ['ip'],
        summary: 'Rights-protection cases as Excel, with the scope and filter of the list',
        querystring: rightsCaseListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The cases as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => rights.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '维权援助 Rights cases',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '案件 Case', key: 'title', width: 36 },
            { header: '类型 Kind', key: 'kind', width: 12 },
            { header: '申请单位 Organisation', key: 'orgName', width: 28 },
            { header: '对方 Other side', key: 'counterparty', width: 24 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '专家 Expert', key: 'expert', width: 14 },
            { header: '服务机构 Agency', key: 'agency', width: 24 },
            { header: '办理期限 Deadline', key: 'dueOn', width: 12 },
            { header: '申请时间 Asked', key: 'submittedAt', width: 20 },
            { header: '结果 Outcome', key: 'outcome', width: 40 },
          ],
          items.map((c) => ({
            ...c,
            kind: KIND_ZH[c.kind],
            status: STATUS_ZH[c.status],
            expert: c.expertName ?? '',
            agency: c.agencyName ?? '',
            dueOn: c.dueOn ?? '',
            submittedAt: zoneTimeCell(c.submittedAt),
            outcome: c.outcome ?? '',
          })),
        );
        return sendXlsx(reply, datedXlsxName('ip-rights-cases'), body);
      },
    });
  };
}
