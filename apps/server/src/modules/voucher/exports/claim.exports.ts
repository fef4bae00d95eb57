import {
  type Claim,
  claimListQuerySchema,
  type Reimbursement,
  reimbursementListQuerySchema,
  SERVICE_CATEGORIES,
  type ServiceCategory,
  xlsxResponse,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../../kernel/excel.ts';
import { allPages } from '../../../kernel/paging.ts';
import type { ReimbursementService } from '../reimbursement/reimbursement.service.ts';
import type { SettlementService } from '../settlement/settlement.service.ts';

const CLAIM_STATUS_ZH: Record<Claim['status'], string> = {
  submitted: '待审核',
  approved: '审核通过',
  returned: '已退回',
  batched: '待拨付',
  paid: '已拨付',
};
const REIMBURSEMENT_STATUS_ZH: Record<Reimbursement['status'], string> = {
  submitted: '待审核',
  approved: '已通过',
  rejected: '已驳回',
  paid: '已拨付',
};

/** Settlement claim rows of an export: amounts in 元, statuses in words, times at Shanghai time. */
export function claimExportRows(items: Claim[]) {
  return items.map((c) => ({
    id: c.id,
    orderId: c.orderId,
    serviceTitle: c.serviceTitle,
    providerName: c.providerName,
    buyerName: c.buyerName,
    orderAmount: yuanCell(Number(c.orderAmount)),
    amount: yuanCell(Number(c.amount)),
    status: CLAIM_STATUS_ZH[c.status] ?? c.status,
    returnReason: c.returnReason ?? '',
    batchId: c.batchId ?? '',
    submittedAt: zoneTimeCell(c.submittedAt),
    reviewedAt: zoneTimeCell(c.reviewedAt),
  }));
}

/** Reimbursement rows of an export: amounts in 元, category and status in words, times at Shanghai time. */
export function reimbursementExportRows(items: Reimbursement[]) {
  return items.map((r) => ({
    id: r.id,
    number: r.number,
    orgName: r.orgName,
    region: r.region,
    providerName: r.providerName,
    category: SERVICE_CATEGORIES[r.category as ServiceCategory]?.zh ?? r.category,
    paidAmount: yuanCell(Number(r.paidAmount)),
    amount: yuanCell(Number(r.amount)),
    status: REIMBURSEMENT_STATUS_ZH[r.status] ?? r.status,
    reason: r.reason ?? '',
    createdAt: zoneTimeCell(r.createdAt),
  }));
}

/** Excel exports of the settlement claims and the reimbursement claims, with the lists' scope and filters. */
export function claimExportRoutes({
  settlement,
  reimbursements,
}: {
  settlement: SettlementService;
  reimbursements: ReimbursementService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    app.get('/voucher-claims/export.xlsx', {
      schema: {
        tags,
        summary: 'Settlement claims as Excel: my own (provider) or all (admin)',
        querystring: claimListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The claims as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          settlement.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '兑付申请 Settlement claims',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '订单号 Order', key: 'orderId', width: 10 },
            { header: '服务 Service', key: 'serviceTitle', width: 28 },
            { header: '服务机构 Provider', key: 'providerName', width: 28 },
            { header: '委托方 Buyer', key: 'buyerName', width: 28 },
            { header: '订单金额(元) Order amount', key: 'orderAmount', width: 14 },
            { header: '创新券兑付(元) Voucher amount', key: 'amount', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '退回理由 Return reason', key: 'returnReason', width: 24 },
            { header: '拨付批次 Batch', key: 'batchId', width: 10 },
            { header: '提交时间 Submitted', key: 'submittedAt', width: 20 },
            { header: '审核时间 Reviewed', key: 'reviewedAt', width: 20 },
          ],
          claimExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('voucher-claims'), body);
      },
    });
    app.get('/voucher-reimbursements/export.xlsx', {
      schema: {
        tags,
        summary: 'Reimbursement claims as Excel: my own, or all (admin)',
        querystring: reimbursementListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The reimbursement claims as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          reimbursements.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '通用报销 Reimbursements',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '券号 Voucher', key: 'number', width: 22 },
            { header: '企业 Enterprise', key: 'orgName', width: 28 },
            { header: '服务地区 Region', key: 'region', width: 12 },
            { header: '服务机构 Provider', key: 'providerName', width: 28 },
            { header: '服务类别 Category', key: 'category', width: 12 },
            { header: '实际支付(元) Paid', key: 'paidAmount', width: 14 },
            { header: '报销额度(元) Voucher share', key: 'amount', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '驳回理由 Reason', key: 'reason', width: 24 },
            { header: '提交时间 Submitted', key: 'createdAt', width: 20 },
          ],
          reimbursementExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('voucher-reimbursements'), body);
      },
    });
  };
}
