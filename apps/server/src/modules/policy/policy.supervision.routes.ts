import { errorBodySchema, xlsxResponse } from '@cz/shared';
import {
  evaluationQuerySchema,
  evaluationReportSchema,
  type Rate,
  type SupervisionFigures,
  supervisionQuerySchema,
  supervisionReportSchema,
} from '@cz/shared/policy';
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type Column, datedXlsxName, listWorkbook, sendXlsx, yuanCell } from '../../kernel/excel.ts';
import { addTallies, figuresOf, ratesOf } from './policy.supervision.figures.ts';
import type { Supervision } from './policy.supervision.service.ts';

const tags = ['policy'];
const refusals = { 401: errorBodySchema, 403: errorBodySchema };
const MODE_ZH = { apply: '申报审批', auto: '免申即享', fast: '快申快享' } as const;

const FIGURE_COLUMNS: Column[] = [
  { header: '符合条件企业 Eligible', key: 'eligible', width: 12 },
  { header: '已推送 Notified', key: 'notified', width: 10 },
  { header: '已查看 Opened', key: 'opened', width: 10 },
  { header: '申报 Applied', key: 'applied', width: 10 },
  { header: '批准 Approved', key: 'approved', width: 10 },
  { header: '兑现 Paid', key: 'paid', width: 10 },
  { header: '核定金额(元) Approved (yuan)', key: 'approvedYuan', width: 16 },
  { header: '兑现金额(元) Paid (yuan)', key: 'paidYuan', width: 16 },
  { header: '申报至兑现天数中位数 Median days', key: 'median', width: 14 },
  { header: '超期未兑付 Overdue', key: 'overdue', width: 10 },
  { header: '超期兑付 Paid late', key: 'paidLate', width: 10 },
];

const figureCells = (f: SupervisionFigures) => ({
  ...f,
  approvedYuan: yuanCell(f.approvedFen),
  paidYuan: yuanCell(f.paidFen),
  median: f.medianDaysToPayment ?? '',
});

const percent = (r: Rate) => (r.rate === null ? '' : Math.round(r.rate * 10_000) / 100);

/** A sheet with a bold, frozen header row (the shape of the list exports), added to a workbook of several. */
function addSheet(wb: ExcelJS.Workbook, title: string, columns: Column[], rows: Record<string, unknown>[]) {
  const sheet = wb.addWorksheet(title);
  sheet.columns = columns;
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * 督导 for the administration (figures per item and department, as JSON and Excel) and 第三方评估 for the evaluator
 * (the three rates per item and year, and their extract). Both only read.
 */
export function supervisionRoutes({ supervision }: { supervision: Supervision }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/supervision', {
      schema: {
        tags,
        summary: 'Supervision of policy: figures per item, per department and in total for a period (administration)',
        querystring: supervisionQuerySchema,
        response: { 200: supervisionReportSchema, ...refusals },
      },
      handler: (request) => supervision.report(request.actor, request.query),
    });

    app.get('/policy/supervision/export.xlsx', {
      schema: {
        tags,
        summary: 'The supervision figures as Excel: per item, per department and the total (administration)',
        querystring: supervisionQuerySchema,
        response: { 200: xlsxResponse('The figures per item and per department as an Excel workbook'), ...refusals },
      },
      handler: async (request, reply) => {
        const r = await supervision.report(request.actor, request.query);
        const wb = new ExcelJS.Workbook();
        addSheet(
          wb,
          '按事项 Items',
          [
            { header: '编号 No.', key: 'itemId', width: 8 },
            { header: '政策事项 Item', key: 'title', width: 36 },
            { header: '政策文件 Document', key: 'documentTitle', width: 36 },
            { header: '责任部门 Department', key: 'department', width: 16 },
            { header: '方式 Mode', key: 'mode', width: 10 },
            ...FIGURE_COLUMNS,
          ],
          r.items.map((i) => ({ ...figureCells(i), itemId: i.itemId, title: i.title, mode: MODE_ZH[i.mode] })),
        );
        addSheet(
          wb,
          '按部门 Departments',
          [
            { header: '责任部门 Department', key: 'department', width: 16 },
            { header: '事项数 Items', key: 'items', width: 8 },
            ...FIGURE_COLUMNS,
          ],
          [
            ...r.byDepartment.map((d) => ({ ...figureCells(d), department: d.department, items: d.items })),
            { ...figureCells(r.totals), department: '合计 Total', items: r.items.length },
          ],
        );
        const body = await wb.xlsx.writeBuffer();
        return sendXlsx(reply, datedXlsxName(`policy-supervision-${r.from}-${r.to}`), body);
      },
    });

    app.get('/policy/evaluation', {
      schema: {
        tags,
        summary: 'Third-party evaluation: awareness, satisfaction and on-time payment per item for a year',
        querystring: evaluationQuerySchema,
        response: { 200: evaluationReportSchema, ...refusals },
      },
      handler: (request) => supervision.evaluation(request.actor, request.query),
    });

    app.get('/policy/evaluation/export.xlsx', {
      schema: {
        tags,
        summary: "The evaluation's extract: per item the rates with their parts and the figures (no personal data)",
        querystring: evaluationQuerySchema,
        response: { 200: xlsxResponse('The per-item rates and figures of the year as an Excel workbook'), ...refusals },
      },
      handler: async (request, reply) => {
        const rows = await supervision.evaluationExtract(request.actor, request.query);
        const line = (title: string, department: string, mode: string, t: (typeof rows)[number]['tally']) => {
          const rates = ratesOf(t);
          return {
            ...figureCells(figuresOf(t)),
            title,
            department,
            mode,
            awareness: percent(rates.awareness),
            ratings: t.ratings,
            goodRatings: t.goodRatings,
            mean: rates.satisfaction.mean === null ? '' : Math.round(rates.satisfaction.mean * 100) / 100,
            satisfaction: percent(rates.satisfaction),
            paidOnTime: t.paidOnTime,
            onTime: percent(rates.onTime),
          };
        };
        const body = await listWorkbook(
          `政策评估 Evaluation ${request.query.year}`,
          [
            { header: '政策事项 Item', key: 'title', width: 36 },
            { header: '责任部门 Department', key: 'department', width: 16 },
            { header: '方式 Mode', key: 'mode', width: 10 },
            { header: '已推送 Notified', key: 'notified', width: 10 },
            { header: '已查看 Opened', key: 'opened', width: 10 },
            { header: '知晓覆盖率% Awareness', key: 'awareness', width: 12 },
            { header: '评价数 Ratings', key: 'ratings', width: 10 },
            { header: '4–5分 Rated 4–5', key: 'goodRatings', width: 10 },
            { header: '平均分 Mean', key: 'mean', width: 8 },
            { header: '办理满意率% Satisfaction', key: 'satisfaction', width: 12 },
            { header: '批准 Approved', key: 'approved', width: 10 },
            { header: '按时兑现 Paid on time', key: 'paidOnTime', width: 12 },
            { header: '兑现到位率% On time', key: 'onTime', width: 12 },
            ...FIGURE_COLUMNS.filter((c) => !['notified', 'opened', 'approved'].includes(c.key)),
          ],
          [
            ...rows.map((r) => line(r.item.title, r.item.department, MODE_ZH[r.item.mode], r.tally)),
            line('合计 Total', '', '', addTallies(rows.map((r) => r.tally))),
          ],
        );
        return sendXlsx(reply, datedXlsxName(`policy-evaluation-${request.query.year}`), body);
      },
    });
  };
}
