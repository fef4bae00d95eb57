import {
  type FactChange,
  factChangeListQuerySchema,
  idParamSchema,
  orgFactChangeQuerySchema,
  type VerifiedFact,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { FactChangeService } from './org.fact-changes.ts';

const FACT_ZH: Record<VerifiedFact, string> = {
  kind: '机构类型',
  name: '名称',
  uscc: '统一社会信用代码',
  legalRep: '法定代表人',
  park: '园区',
  isAboveScale: '规上企业',
  hteCertNo: '高企证书编号',
  hteValidFrom: '高企有效期起',
  hteValidTo: '高企有效期止',
  tsmeRegNo: '科技型中小企业登记编号',
  isSpecialized: '专精特新',
};
const STATUS_ZH: Record<FactChange['status'], string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  withdrawn: '已撤回',
};
const value = (v: string | boolean | null) =>
  v === null || v === '' ? '（空）' : v === true ? '是' : v === false ? '否' : v;

/** Fact-change rows of an export: each change as "fact: from → to" in words, times at Shanghai time. */
export function factChangeExportRows(items: FactChange[]) {
  return items.map((c) => ({
    id: c.id,
    orgName: c.orgName,
    status: STATUS_ZH[c.status],
    changes: c.changes.map((d) => `${FACT_ZH[d.field]}：${value(d.from)} → ${value(d.to)}`).join('\n'),
    requestedAt: zoneTimeCell(c.requestedAt),
    decidedAt: zoneTimeCell(c.decidedAt),
    rejectReason: c.rejectReason ?? '',
  }));
}

const COLUMNS = [
  { header: '编号 No.', key: 'id', width: 8 },
  { header: '机构 Organisation', key: 'orgName', width: 30 },
  { header: '状态 Status', key: 'status', width: 10 },
  { header: '变更内容 Changes', key: 'changes', width: 50 },
  { header: '申请时间 Requested', key: 'requestedAt', width: 20 },
  { header: '处理时间 Decided', key: 'decidedAt', width: 20 },
  { header: '驳回理由 Reason', key: 'rejectReason', width: 30 },
];
const SHEET = '信息变更申请 Fact changes';

/** Requests to change verified facts as Excel, with their lists' search and filter. */
export function factChangeExportRoutes({ factChanges }: { factChanges: FactChangeService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['organisations'];
    app.get('/org-fact-changes/export.xlsx', {
      schema: {
        tags,
        summary: 'Requests to change verified facts as Excel, with the search and status of the list (admin)',
        querystring: factChangeListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The requests as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          factChanges.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(SHEET, COLUMNS, factChangeExportRows(items));
        return sendXlsx(reply, datedXlsxName('org-fact-changes'), body);
      },
    });
    app.get('/orgs/:id/fact-changes/export.xlsx', {
      schema: {
        tags,
        summary: "An organisation's requests to change its verified facts as Excel (members and admins)",
        params: idParamSchema,
        querystring: orgFactChangeQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse("The organisation's requests as an Excel workbook") },
      },
      handler: async (request, reply) => {
        const { id } = request.params;
        const items = await allPages((page) =>
          factChanges.ofOrg(request.actor, id, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(SHEET, COLUMNS, factChangeExportRows(items));
        return sendXlsx(reply, datedXlsxName(`org-${id}-fact-changes`), body);
      },
    });
  };
}
