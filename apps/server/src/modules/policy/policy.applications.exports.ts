import { xlsxResponse } from '@cz/shared';
import { type PolicyApplication, policyApplicationListQuerySchema } from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { APPLICATION_ACTIONS } from './policy.applications.permissions.ts';
import type { ApplicationService } from './policy.applications.service.ts';

const MODE_ZH: Record<PolicyApplication['mode'], string> = { apply: '申报审批', auto: '免申即享', fast: '快申快享' };
export const APPLICATION_STATUS_ZH: Record<PolicyApplication['status'], string> = {
  draft: '草稿',
  submitted: '待审核',
  returned: '退回补正',
  approved: '已批准',
  rejected: '未通过',
  publicised: '公示中',
  paid: '已兑现',
  withdrawn: '已撤回',
  confirmed: '待企业确认',
  accepted: '企业已确认',
  refused: '企业放弃',
};

const COLUMNS = [
  { header: '编号 No.', key: 'id', width: 8 },
  { header: '政策事项 Item', key: 'item', width: 36 },
  { header: '企业 Enterprise', key: 'org', width: 30 },
  { header: '方式 Mode', key: 'mode', width: 10 },
  { header: '状态 Status', key: 'status', width: 10 },
  { header: '测算金额(元) Cap (yuan)', key: 'cap', width: 14 },
  { header: '申请金额(元) Requested (yuan)', key: 'requested', width: 14 },
  { header: '核定金额(元) Approved (yuan)', key: 'approved', width: 14 },
  { header: '提交时间 Submitted', key: 'submittedAt', width: 20 },
  { header: '兑付时限 Due on', key: 'dueOn', width: 12 },
  { header: '已超期 Overdue', key: 'overdue', width: 8 },
  { header: '公示截止 Notice ends', key: 'noticeEnds', width: 12 },
  { header: '兑现日期 Paid on', key: 'paidOn', width: 12 },
  { header: '兑现金额(元) Paid (yuan)', key: 'paid', width: 14 },
  { header: '满意度 Rating', key: 'rating', width: 8 },
];

/** The department's list of applications as Excel, with the list's filters and scope. */
export function applicationExportRoutes({ applications }: { applications: ApplicationService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/applications/export.xlsx', {
      schema: {
        tags: ['policy'],
        summary: 'Policy applications as Excel, with the filters of the list (administration)',
        querystring: policyApplicationListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The applications matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        authorize(request.actor, APPLICATION_ACTIONS.readAll);
        const items = await allPages((page) =>
          applications.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const rows = items.map((a) => ({
          id: a.id,
          item: a.itemTitle,
          org: a.orgName,
          mode: MODE_ZH[a.mode],
          status: APPLICATION_STATUS_ZH[a.status],
          cap: a.capFen === null ? '' : yuanCell(a.capFen),
          requested: a.requestedFen === null ? '' : yuanCell(a.requestedFen),
          approved: a.approvedFen === null ? '' : yuanCell(a.approvedFen),
          submittedAt: zoneTimeCell(a.submittedAt),
          dueOn: a.timer?.dueOn ?? '',
          overdue: a.timer?.overdue ? '是' : '',
          noticeEnds: a.notice?.endsOn ?? '',
          paidOn: a.payment?.paidOn ?? '',
          paid: a.payment ? yuanCell(a.payment.amountFen) : '',
          rating: a.rating?.score ?? '',
        }));
        return sendXlsx(
          reply,
          datedXlsxName('policy-applications'),
          await listWorkbook('政策申报 Applications', COLUMNS, rows),
        );
      },
    });
  };
}
