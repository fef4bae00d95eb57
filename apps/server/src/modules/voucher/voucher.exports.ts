import { xlsxResponse } from '@cz/shared';
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireLogin } from '../../kernel/http.ts';
import { XLSX_TYPE } from '../org/org.routes.ts';
import type { ApplicationService } from './application.service.ts';
import type { VoucherService } from './voucher.service.ts';

const STATUS_ZH: Record<string, string> = {
  pending: '待审核',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
  active: '有效',
  suspended: '暂停',
  expired: '已过期',
};
const yuan = (fen: number) => fen / 100;

async function all<T>(page: (n: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let n = 1; ; n++) {
    const r = await page(n);
    out.push(...r.items);
    if (r.items.length === 0 || out.length >= r.total) return out;
  }
}

function workbook(
  title: string,
  columns: { header: string; key: string; width: number }[],
  rows: Record<string, unknown>[],
) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(title);
  sheet.columns = columns;
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return wb.xlsx.writeBuffer();
}

/** Excel exports of the voucher and application lists, with the same scope rules as the lists. */
export function voucherExportRoutes({
  vouchers,
  applications,
}: {
  vouchers: VoucherService;
  applications: ApplicationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    app.addHook('preHandler', requireLogin);
    const send = (reply: import('fastify').FastifyReply, name: string, body: ArrayBuffer | Buffer) =>
      reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(Buffer.from(body as ArrayBuffer));
    app.get('/vouchers/export.xlsx', {
      schema: {
        tags,
        summary: 'Vouchers as Excel: mine, or all (admin)',
        querystring: z.object({
          scope: z.enum(['mine', 'all']).default('mine'),
          schemeId: z.coerce.number().int().positive().optional(),
        }),
        response: { 200: xlsxResponse('The vouchers as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await all((page) => vouchers.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await workbook(
          '创新券 Vouchers',
          [
            { header: '券号 Number', key: 'number', width: 22 },
            { header: '方案 Scheme', key: 'schemeName', width: 28 },
            { header: '企业 Enterprise', key: 'orgName', width: 28 },
            { header: '面额(元) Amount', key: 'amount', width: 12 },
            { header: '余额(元) Balance', key: 'balance', width: 12 },
            { header: '冻结(元) Held', key: 'held', width: 12 },
            { header: '已兑付(元) Spent', key: 'spent', width: 12 },
            { header: '发放 Issued', key: 'issuedAt', width: 22 },
            { header: '有效期至 Valid until', key: 'validUntil', width: 22 },
            { header: '状态 Status', key: 'status', width: 10 },
          ],
          items.map((v) => ({
            ...v,
            amount: yuan(v.amount),
            balance: yuan(v.balance),
            held: yuan(v.held),
            spent: yuan(v.spent),
            status: STATUS_ZH[v.status] ?? v.status,
          })),
        );
        return send(reply, 'vouchers.xlsx', body);
      },
    });
    app.get('/voucher-applications/export.xlsx', {
      schema: {
        tags,
        summary: 'Applications as Excel: mine, or all (admin)',
        querystring: z.object({
          scope: z.enum(['mine', 'all']).default('mine'),
          schemeId: z.coerce.number().int().positive().optional(),
          status: z.enum(['pending', 'approved', 'rejected', 'withdrawn']).optional(),
        }),
        response: { 200: xlsxResponse('The applications as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await all((page) => applications.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await workbook(
          '申领 Applications',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '方案 Scheme', key: 'schemeName', width: 28 },
            { header: '企业 Enterprise', key: 'orgName', width: 28 },
            { header: '申请金额(元) Requested', key: 'amount', width: 14 },
            { header: '批准金额(元) Approved', key: 'approvedAmount', width: 14 },
            { header: '用途 Purpose', key: 'purpose', width: 30 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '驳回理由 Reason', key: 'rejectReason', width: 24 },
            { header: '申请时间 Applied', key: 'createdAt', width: 22 },
          ],
          items.map((a) => ({
            ...a,
            amount: yuan(a.amount),
            approvedAmount: a.approvedAmount === null ? '' : yuan(a.approvedAmount),
            status: STATUS_ZH[a.status] ?? a.status,
          })),
        );
        return send(reply, 'voucher-applications.xlsx', body);
      },
    });
  };
}
