import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import {
  autoCandidateQuerySchema,
  FACTS,
  holidayQuerySchema,
  isFactKey,
  type PolicyItem,
  policyItemListQuerySchema,
  policyNoticeQuerySchema,
} from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { Auto } from './policy.applications.auto.ts';
import { APPLICATION_STATUS_ZH } from './policy.applications.exports.ts';
import type { Holidays } from './policy.applications.holidays.ts';
import type { Notices } from './policy.applications.notices.ts';
import type { PolicyItemService } from './policy.items.service.ts';

const MODE_ZH: Record<PolicyItem['mode'], string> = { apply: '申报审批', auto: '免申即享', fast: '快申快享' };
const ITEM_STATUS_ZH: Record<PolicyItem['status'], string> = {
  draft: '草稿',
  published: '已发布',
  closed: '已截止',
  withdrawn: '已撤回',
};
const RESULT_ZH = { eligible: '符合', not_eligible: '不符合', needs_data: '需补充数据' } as const;
const HOLIDAY_KIND_ZH = { holiday: '放假', workday: '调休上班' } as const;
const tags = ['policy'];

/**
 * The policy area's lists as Excel, each with its list's search and filters: items and 公示 (as the public or the
 * administration sees them), an item's 免申即享 candidates, and the zone's calendar.
 */
export function policyListExportRoutes(deps: {
  items: PolicyItemService;
  notices: Notices;
  auto: Auto;
  holidays: Holidays;
}): FastifyPluginAsyncZod {
  const { items, notices, auto, holidays } = deps;
  return async (app) => {
    app.get('/policy/items/export.xlsx', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Policy items as Excel, with the search and filters of the list (the public: published and closed)',
        querystring: policyItemListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The items matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const rows = await allPages((page) => items.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '政策事项 Policy items',
          [
            { header: '编号 No.', key: 'id', width: 8 },
            { header: '政策事项 Item', key: 'title', width: 36 },
            { header: '条款 Clause', key: 'clause', width: 12 },
            { header: '政策文件 Document', key: 'documentTitle', width: 36 },
            { header: '文号 Document No.', key: 'documentNumber', width: 20 },
            { header: '发文机关 Issuer', key: 'issuer', width: 20 },
            { header: '兑现方式 Mode', key: 'mode', width: 12 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '申报开始 Opens on', key: 'opensOn', width: 12 },
            { header: '申报截止 Closes on', key: 'closesOn', width: 12 },
            { header: '主管部门 Department', key: 'department', width: 20 },
            { header: '总预算(元) Budget (yuan)', key: 'budget', width: 14 },
            { header: '发布时间 Published', key: 'publishedAt', width: 20 },
          ],
          rows.map((i) => ({
            ...i,
            documentNumber: i.documentNumber ?? '',
            mode: MODE_ZH[i.mode],
            status: ITEM_STATUS_ZH[i.status],
            opensOn: i.opensOn ?? '',
            closesOn: i.closesOn ?? '',
            budget: i.budgetFen === null ? '' : yuanCell(i.budgetFen),
            publishedAt: zoneTimeCell(i.publishedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('policy-items'), body);
      },
    });

    app.get('/policy/notices/export.xlsx', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '公示 as Excel, one row per enterprise and amount, with the search and filter of the list (public)',
        querystring: policyNoticeQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The notices matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const list = await allPages((page) => notices.list({ ...request.query, page, pageSize: 200 }));
        const rows = list.flatMap((n): Record<string, unknown>[] => {
          const head = {
            id: n.id,
            item: n.itemTitle,
            document: n.documentTitle,
            department: n.department,
            startsOn: n.startsOn,
            endsOn: n.endsOn,
            running: n.running ? '公示中' : '已结束',
          };
          if (n.entries.length === 0) return [{ ...head, org: '', amount: '' }];
          return n.entries.map((e) => ({ ...head, org: e.orgName, amount: yuanCell(e.amountFen) }));
        });
        const body = await listWorkbook(
          '公示 Notices',
          [
            { header: '公示编号 Notice No.', key: 'id', width: 10 },
            { header: '政策事项 Item', key: 'item', width: 36 },
            { header: '政策文件 Document', key: 'document', width: 36 },
            { header: '主管部门 Department', key: 'department', width: 20 },
            { header: '公示开始 Starts on', key: 'startsOn', width: 12 },
            { header: '公示截止 Ends on', key: 'endsOn', width: 12 },
            { header: '状态 State', key: 'running', width: 10 },
            { header: '企业 Enterprise', key: 'org', width: 30 },
            { header: '核定金额(元) Amount (yuan)', key: 'amount', width: 14 },
          ],
          rows,
        );
        return sendXlsx(reply, datedXlsxName('policy-notices'), body);
      },
    });

    app.get('/policy/items/:id/auto-candidates/export.xlsx', {
      schema: {
        tags,
        summary: "免申即享: the item's eligible enterprises as Excel, each checked again now (administration)",
        params: idParamSchema,
        querystring: autoCandidateQuerySchema.omit({ page: true, pageSize: true }),
        response: {
          200: xlsxResponse("The item's candidates as an Excel workbook"),
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        const { id } = request.params;
        const rows = await allPages((page) =>
          auto.candidates(request.actor, id, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '免申即享名单 Candidates',
          [
            { header: '企业编号 Org No.', key: 'orgId', width: 10 },
            { header: '企业 Enterprise', key: 'orgName', width: 36 },
            { header: '当前测算 Result now', key: 'result', width: 12 },
            { header: '测算金额(元) Amount (yuan)', key: 'amount', width: 16 },
            { header: '申报编号 Application No.', key: 'applicationId', width: 12 },
            { header: '申报状态 Application status', key: 'applicationStatus', width: 14 },
            { header: '缺少的数据 Missing facts', key: 'missing', width: 48 },
          ],
          rows.map((c) => ({
            orgId: c.orgId,
            orgName: c.orgName,
            result: RESULT_ZH[c.result],
            amount: c.amountFen === null ? '' : yuanCell(c.amountFen),
            applicationId: c.applicationId ?? '',
            applicationStatus: c.applicationStatus ? APPLICATION_STATUS_ZH[c.applicationStatus] : '',
            missing: c.missing.map((f) => (isFactKey(f) ? FACTS[f].label.zh : f)).join('、'),
          })),
        );
        return sendXlsx(reply, datedXlsxName(`policy-item-${id}-candidates`), body);
      },
    });

    app.get('/policy/holidays/export.xlsx', {
      schema: {
        tags,
        summary: "The zone's calendar as Excel, in date order, with the year, search and kind of the list",
        querystring: holidayQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The calendar as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const rows = await allPages((page) => holidays.list({ ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '节假日安排 Calendar',
          [
            { header: '日期 Date', key: 'day', width: 12 },
            { header: '类型 Kind', key: 'kind', width: 12 },
            { header: '名称 Name', key: 'name', width: 20 },
            { header: '修改时间 Updated', key: 'updatedAt', width: 20 },
          ],
          rows.map((h) => ({ ...h, kind: HOLIDAY_KIND_ZH[h.kind], updatedAt: zoneTimeCell(h.updatedAt) })),
        );
        const year = request.query.year;
        return sendXlsx(reply, datedXlsxName(year ? `policy-holidays-${year}` : 'policy-holidays'), body);
      },
    });
  };
}
