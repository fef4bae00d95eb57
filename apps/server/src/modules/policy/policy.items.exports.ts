import { errorBodySchema, idParamSchema, xlsxResponse } from '@cz/shared';
import { FACTS, isFactKey, policyFitsQuerySchema, policySimulationOrgQuerySchema } from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { PolicyItemService } from './policy.items.service.ts';

const RESULT_ZH = { eligible: '符合', not_eligible: '不符合', needs_data: '需补充数据' } as const;

const COLUMNS = [
  { header: '企业编号 Org No.', key: 'orgId', width: 10 },
  { header: '企业 Enterprise', key: 'org', width: 36 },
  { header: '测算结果 Result', key: 'result', width: 12 },
  { header: '含人工审核条件 Reviewed by hand', key: 'review', width: 12 },
  { header: '测算金额(元) Amount (yuan)', key: 'amount', width: 16 },
  { header: '缺少的数据 Missing facts', key: 'missing', width: 48 },
];

const MODE_ZH = { apply: '申报审批', auto: '免申即享', fast: '快申快享' } as const;

const FIT_COLUMNS = [
  { header: '事项编号 Item No.', key: 'itemId', width: 10 },
  { header: '政策事项 Item', key: 'title', width: 36 },
  { header: '政策文件 Document', key: 'document', width: 36 },
  { header: '文号 No.', key: 'number', width: 20 },
  { header: '兑现方式 Mode', key: 'mode', width: 12 },
  { header: '测算结果 Result', key: 'result', width: 12 },
  { header: '测算金额(元) Amount (yuan)', key: 'amount', width: 16 },
  { header: '截止日期 Closes on', key: 'closesOn', width: 12 },
  { header: '主管部门 Department', key: 'department', width: 20 },
  { header: '缺少的数据 Missing facts', key: 'missing', width: 48 },
];

/** A run's enterprises as Excel, with the list's filters (result, name), for the department to work through. */
export function policyRunExportRoutes({ items }: { items: PolicyItemService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/runs/:id/orgs/export.xlsx', {
      schema: {
        tags: ['policy'],
        summary: "A simulation's enterprises as Excel, with the filters of the list (administration)",
        params: idParamSchema,
        querystring: policySimulationOrgQuerySchema.omit({ page: true, pageSize: true }),
        response: {
          200: xlsxResponse("The run's enterprises matching the filter as an Excel workbook"),
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        // The run is read first: an unknown run is a 404, not an empty workbook (and the actor is checked there).
        await items.run(request.actor, request.params.id);
        const rows = await allPages((page) =>
          items.runResults(request.actor, request.params.id, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(
          reply,
          datedXlsxName(`policy-run-${request.params.id}`),
          await listWorkbook(
            '测算企业 Enterprises',
            COLUMNS,
            rows.map((r) => ({
              orgId: r.orgId,
              org: r.orgName,
              result: RESULT_ZH[r.result],
              review: r.needsReview ? '是' : '',
              amount: r.amountFen === null ? '' : yuanCell(r.amountFen),
              missing: r.missing.map((f) => (isFactKey(f) ? FACTS[f].label.zh : f)).join('、'),
            })),
          ),
        );
      },
    });

    app.get('/policy/orgs/:orgId/fits/export.xlsx', {
      schema: {
        tags: ['policy'],
        summary: '"Policies that fit me" as Excel: every fit (or those of the result asked), eligible first',
        params: z.object({ orgId: z.coerce.number().int().positive() }),
        querystring: policyFitsQuerySchema.omit({ page: true, pageSize: true }),
        response: {
          200: xlsxResponse("The enterprise's fits as an Excel workbook"),
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        const { orgId } = request.params;
        const fits = await allPages((page) =>
          items.fits(request.actor, orgId, { ...request.query, page, pageSize: 200 }),
        );
        return sendXlsx(
          reply,
          datedXlsxName(`policy-fits-${orgId}`),
          await listWorkbook(
            '适合我的政策 Fits',
            FIT_COLUMNS,
            fits.map(({ item, eligibility: e }) => ({
              itemId: item.id,
              title: item.title,
              document: item.documentTitle,
              number: item.documentNumber ?? '',
              mode: MODE_ZH[item.mode],
              result: RESULT_ZH[e.result],
              amount: e.amountFen === null ? '' : yuanCell(e.amountFen),
              closesOn: item.closesOn ?? '',
              department: item.department,
              missing: e.missing.map((f) => f.label.zh).join('、'),
            })),
          ),
        );
      },
    });
  };
}
