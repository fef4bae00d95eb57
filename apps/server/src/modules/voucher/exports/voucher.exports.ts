import {
  applicationListQuerySchema,
  awardListQuerySchema,
  idParamSchema,
  type Scheme,
  SERVICE_CATEGORIES,
  type ServiceCategory,
  schemeListQuerySchema,
  voucherListQuerySchema,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneDateCell, zoneTimeCell } from '../../../kernel/excel.ts';
import { ANYONE } from '../../../kernel/http.ts';
import { allPages } from '../../../kernel/paging.ts';
import type { ApplicationService } from '../applications/application.service.ts';
import type { SchemeService } from '../schemes/scheme.service.ts';
import type { VoucherService } from '../voucher.service.ts';

const STATUS_ZH: Record<string, string> = {
  pending: '待审核',
  approved: '已批准',
  rejected: '已驳回',
  withdrawn: '已撤回',
  active: '有效',
  suspended: '暂停',
  expired: '已过期',
};
const SCHEME_STATUS_ZH: Record<Scheme['status'], string> = { draft: '草稿', open: '申领中', closed: '已关闭' };

/** Scheme rows of an export: money in 元, categories and statuses in words (its dates are calendar dates already). */
export function schemeExportRows(schemes: Scheme[]) {
  return schemes.map((s) => ({
    id: s.id,
    year: s.year,
    name: s.name,
    budget: yuanCell(s.budget),
    issued: yuanCell(s.issued),
    remaining: yuanCell(s.remaining),
    perEnterpriseCap: yuanCell(s.perEnterpriseCap),
    coveragePercent: s.coveragePercent,
    unitAmount: s.unitAmount === null ? '' : yuanCell(s.unitAmount),
    categories: s.categories.map((c) => SERVICE_CATEGORIES[c as ServiceCategory]?.zh ?? c).join('、'),
    applyFrom: s.applyFrom,
    applyTo: s.applyTo,
    validUntil: s.validUntil ?? (s.validityMonths ? `${s.validityMonths} 个月 months` : ''),
    status: SCHEME_STATUS_ZH[s.status] ?? s.status,
  }));
}

/** Excel exports of the voucher and application lists, with the same scope rules as the lists. */
export function voucherExportRoutes({
  schemes,
  vouchers,
  applications,
}: {
  schemes: SchemeService;
  vouchers: VoucherService;
  applications: ApplicationService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    app.get('/voucher-schemes/export.xlsx', {
      schema: {
        tags,
        summary: 'Voucher schemes as Excel (drafts: admins only), as the scheme list shows them',
        querystring: schemeListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The schemes as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => schemes.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '创新券方案 Schemes',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '年度 Year', key: 'year', width: 8 },
            { header: '方案 Scheme', key: 'name', width: 30 },
            { header: '总额度(元) Budget', key: 'budget', width: 14 },
            { header: '已发放(元) Issued', key: 'issued', width: 14 },
            { header: '剩余(元) Remaining', key: 'remaining', width: 14 },
            { header: '单企上限(元) Cap per enterprise', key: 'perEnterpriseCap', width: 16 },
            { header: '抵扣比例(%) Coverage', key: 'coveragePercent', width: 12 },
            { header: '单张面额(元) Unit amount', key: 'unitAmount', width: 14 },
            { header: '适用服务 Categories', key: 'categories', width: 30 },
            { header: '申领开始 Applications from', key: 'applyFrom', width: 14 },
            { header: '申领截止 Applications to', key: 'applyTo', width: 14 },
            { header: '有效期 Validity', key: 'validUntil', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
          ],
          schemeExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('voucher-schemes'), body);
      },
    });
    app.get('/vouchers/export.xlsx', {
      schema: {
        tags,
        summary: 'Vouchers as Excel: mine, or all (admin)',
        querystring: voucherListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The vouchers as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => vouchers.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
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
            amount: yuanCell(v.amount),
            balance: yuanCell(v.balance),
            held: yuanCell(v.held),
            spent: yuanCell(v.spent),
            issuedAt: zoneTimeCell(v.issuedAt),
            validUntil: zoneDateCell(v.validUntil),
            status: STATUS_ZH[v.status] ?? v.status,
          })),
        );
        return sendXlsx(reply, datedXlsxName('vouchers'), body);
      },
    });
    app.get('/voucher-applications/export.xlsx', {
      schema: {
        tags,
        summary: 'Applications as Excel: mine, or all (admin)',
        querystring: applicationListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The applications as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          applications.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
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
            amount: yuanCell(a.amount),
            approvedAmount: a.approvedAmount === null ? '' : yuanCell(a.approvedAmount),
            status: STATUS_ZH[a.status] ?? a.status,
            createdAt: zoneTimeCell(a.createdAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('voucher-applications'), body);
      },
    });
    app.get('/voucher-schemes/:id/awards/export.xlsx', {
      schema: {
        security: ANYONE(),
        tags,
        summary: '公示 of a scheme as Excel: its awards in the order issued, with the search of the list (public)',
        params: idParamSchema,
        querystring: awardListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse("The scheme's awards as an Excel workbook") },
      },
      handler: async (request, reply) => {
        const { id } = request.params;
        const items = await allPages((page) => applications.awards(id, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '公示 Awards',
          [
            { header: '企业 Enterprise', key: 'orgName', width: 30 },
            { header: '券号 Voucher', key: 'number', width: 22 },
            { header: '面额(元) Amount', key: 'amount', width: 14 },
            { header: '发放时间 Issued', key: 'issuedAt', width: 20 },
          ],
          items.map((a) => ({ ...a, amount: yuanCell(a.amount), issuedAt: zoneTimeCell(a.issuedAt) })),
        );
        return sendXlsx(reply, datedXlsxName(`voucher-scheme-${id}-awards`), body);
      },
    });
  };
}
