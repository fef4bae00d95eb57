import { xlsxResponse } from '@cz/shared';
import {
  type CASE_STATUSES,
  caseListQuerySchema,
  type FINANCE_NEED_STATUSES,
  financeNeedListQuerySchema,
  type GUARANTEE_KINDS,
  type PRODUCT_KINDS,
  type PRODUCT_STATUSES,
  type Product,
  productListQuerySchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { CaseService } from './cases.service.ts';
import type { NeedService } from './needs.service.ts';
import type { ProductService } from './products.service.ts';

type Zh<T extends readonly string[]> = Record<T[number], string>;
export const PRODUCT_KIND_ZH: Zh<typeof PRODUCT_KINDS> = {
  credit: '信用贷款',
  guarantee: '担保贷款',
  pledge: '质押贷款',
  insurance: '科技保险',
  equity: '股权投资',
  leasing: '融资租赁',
};
export const PRODUCT_STATUS_ZH: Zh<typeof PRODUCT_STATUSES> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已上架',
  returned: '已退回',
  suspended: '已暂停',
  retired: '已下架',
};
export const GUARANTEE_ZH: Zh<typeof GUARANTEE_KINDS> = {
  credit: '信用',
  guarantee: '保证',
  mortgage: '抵押',
  pledge: '质押',
  ip_pledge: '知识产权质押',
  equity_pledge: '股权质押',
};
export const NEED_STATUS_ZH: Zh<typeof FINANCE_NEED_STATUSES> = {
  open: '待对接',
  in_progress: '对接中',
  funded: '已放款',
  closed: '已关闭',
  withdrawn: '已撤回',
  expired: '已过期',
};
export const CASE_STATUS_ZH: Zh<typeof CASE_STATUSES> = {
  claimed: '已认领',
  contacted: '已联系',
  due_diligence: '尽职调查',
  approved: '已审批',
  declined: '已拒绝',
  disbursed: '已放款',
  repaid: '已结清',
  non_performing: '不良',
};

const pct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
export const rateText = (r: Product['rate']) =>
  r === null
    ? '—'
    : r.mode === 'fixed'
      ? `${pct(r.minBp)}–${pct(r.maxBp)}`
      : `LPR${r.minBp >= 0 ? '+' : ''}${r.minBp}bp – LPR${r.maxBp >= 0 ? '+' : ''}${r.maxBp}bp`;

const xlsx = (description: string) => ({ 200: xlsxResponse(description) });

/** The finance area's lists as Excel, each with the filters and visibility of its list. */
export function financeExportRoutes({
  products,
  needs,
  cases,
}: {
  products: ProductService;
  needs: NeedService;
  cases: CaseService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/products/export.xlsx', {
      schema: {
        tags,
        summary: 'Products as Excel, with the filters of the list',
        security: ANYONE(),
        querystring: productListQuerySchema.omit({ page: true, pageSize: true }),
        response: xlsx('The products matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => products.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '金融产品 Products',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '产品 Product', key: 'name', width: 28 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '类型 Kind', key: 'kind', width: 12 },
            { header: '额度下限(元) From', key: 'amountMin', width: 14 },
            { header: '额度上限(元) To', key: 'amountMax', width: 14 },
            { header: '期限(月) Term', key: 'term', width: 12 },
            { header: '利率 Rate', key: 'rate', width: 24 },
            { header: '担保方式 Guarantee', key: 'guarantee', width: 24 },
            { header: '审批(工作日) Approval days', key: 'approvalDays', width: 12 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '上架时间 Published', key: 'publishedAt', width: 20 },
          ],
          items.map((p) => ({
            id: p.id,
            name: p.name,
            institution: p.institutionName,
            kind: PRODUCT_KIND_ZH[p.kind],
            amountMin: yuanCell(p.amount.min),
            amountMax: yuanCell(p.amount.max),
            term: `${p.termMonths.min}–${p.termMonths.max}`,
            rate: rateText(p.rate),
            guarantee: p.guaranteeKinds.map((g) => GUARANTEE_ZH[g]).join('、'),
            approvalDays: p.approvalDays,
            status: PRODUCT_STATUS_ZH[p.status],
            publishedAt: zoneTimeCell(p.publishedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('finance-products'), body);
      },
    });
    app.get('/finance/needs/export.xlsx', {
      schema: {
        tags,
        summary: 'Financing needs as Excel, with the scope and filters of the list',
        querystring: financeNeedListQuerySchema.omit({ page: true, pageSize: true }),
        response: xlsx('The needs matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => needs.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '融资需求 Financing needs',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '金额(元) Amount', key: 'amount', width: 14 },
            { header: '期限(月) Term', key: 'term', width: 10 },
            { header: '用途 Purpose', key: 'purpose', width: 36 },
            { header: '担保方式 Guarantee', key: 'guarantee', width: 20 },
            { header: '需用日期 Needed by', key: 'neededBy', width: 12 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '首次对接期限 First contact due', key: 'due', width: 14 },
            { header: '首次对接 First contact', key: 'contact', width: 20 },
            { header: '推送机构 Pushed to', key: 'pushes', width: 36 },
            { header: '发布时间 Posted', key: 'postedAt', width: 20 },
          ],
          items.map((n) => ({
            id: n.id,
            org: n.orgName,
            amount: yuanCell(n.amountFen),
            term: n.termMonths,
            purpose: n.purposeText,
            guarantee: n.guaranteeOffered.map((g) => GUARANTEE_ZH[g]).join('、'),
            neededBy: n.neededBy,
            status: NEED_STATUS_ZH[n.status],
            due: n.firstContactDue,
            contact: zoneTimeCell(n.firstContactAt),
            pushes: n.pushes.map((p) => p.institutionName).join('、'),
            postedAt: zoneTimeCell(n.postedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('financing-needs'), body);
      },
    });
    app.get('/finance/cases/export.xlsx', {
      schema: {
        tags,
        summary: 'Loan cases as Excel, with the scope and filters of the list',
        querystring: caseListQuerySchema.omit({ page: true, pageSize: true }),
        response: xlsx('The cases matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => cases.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '贷款案件 Loan cases',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '需求 Need', key: 'needId', width: 8 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '产品 Product', key: 'product', width: 24 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '申请金额(元) Requested', key: 'requested', width: 14 },
            { header: '审批金额(元) Approved', key: 'approved', width: 14 },
            { header: '年利率 Rate', key: 'rate', width: 10 },
            { header: '放款金额(元) Disbursed', key: 'disbursed', width: 14 },
            { header: '放款日期 Disbursed on', key: 'disbursedOn', width: 12 },
            { header: '认领时间 Claimed', key: 'claimedAt', width: 20 },
            { header: '首次联系 Contacted', key: 'contactedAt', width: 20 },
          ],
          items.map((c) => ({
            id: c.id,
            needId: c.needId,
            org: c.orgName,
            institution: c.institutionName,
            product: c.productName ?? '',
            status: CASE_STATUS_ZH[c.status],
            requested: yuanCell(c.requestedFen),
            approved: c.approvedFen === null ? '' : yuanCell(c.approvedFen),
            rate: c.rateBp === null ? '' : pct(c.rateBp),
            disbursed: c.disbursedFen === null ? '' : yuanCell(c.disbursedFen),
            disbursedOn: c.disbursedOn ?? '',
            claimedAt: zoneTimeCell(c.claimedAt),
            contactedAt: zoneTimeCell(c.contactedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('loan-cases'), body);
      },
    });
  };
}
