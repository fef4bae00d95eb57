import { idParamSchema, xlsxResponse } from '@cz/shared';
import {
  type Pledge,
  type Pool,
  type PoolClaim,
  pledgeListQuerySchema,
  poolClaimListQuerySchema,
  poolListQuerySchema,
  poolMemberQuerySchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import { CLAIM_STATUS_ZH, MEMBER_RESULT_ZH, PLEDGE_STATUS_ZH, POOL_STATUS_ZH, yesNo } from './finance.words.ts';
import type { PledgeService } from './pledges.service.ts';
import type { PoolClaimService } from './pool-claims.service.ts';
import type { PoolService } from './pools.service.ts';

const xlsx = (description: string) => ({ 200: xlsxResponse(description) });
const noPaging = { page: true, pageSize: true } as const;

/** The rows of the pools workbook: balances in 元, the parameters in percentage points. */
export const poolExportRows = (items: Pool[]) =>
  items.map((p) => ({
    id: p.id,
    name: p.name,
    status: POOL_STATUS_ZH[p.status],
    available: yuanCell(p.availableFen),
    committed: yuanCell(p.committedFen),
    paid: yuanCell(p.paidFen),
    members: p.members,
    params: `直贷 ${p.params.directPct}% / 担保 ${p.params.guaranteedPct}%，首贷 +${p.params.firstLoanBonus}，纯信用 +${p.params.pureCreditBonus}，知识产权质押 +${p.params.ipPledgeBonus}，上限 ${p.params.capPct}%`,
    lenders: p.institutionIds.length === 0 ? '全部金融机构' : `${p.institutionIds.length} 家金融机构`,
    whitelistAt: zoneTimeCell(p.whitelistAt),
    createdAt: zoneTimeCell(p.createdAt),
  }));

/** The rows of the claims workbook: money in 元, the loan's facts and the status in words. */
export const claimExportRows = (items: PoolClaim[]) =>
  items.map((c) => ({
    id: c.id,
    pool: c.poolName,
    caseId: c.caseId,
    org: c.orgName,
    institution: c.institutionName,
    disbursed: yuanCell(c.disbursedFen),
    loss: yuanCell(c.lossFen),
    guaranteed: yesNo(c.guaranteed),
    firstLoan: yesNo(c.firstLoan),
    pureCredit: yesNo(c.pureCredit),
    ipPledge: yesNo(c.ipPledge),
    pct: `${c.pct}%`,
    amount: yuanCell(c.amountFen),
    status: CLAIM_STATUS_ZH[c.status],
    reviewNote: c.reviewNote ?? '',
    submittedAt: zoneTimeCell(c.submittedAt),
    paidAt: zoneTimeCell(c.paidAt),
  }));

/** The rows of the pledges workbook: the patents by number and title, money in 元, dates as the zone's days. */
export const pledgeExportRows = (items: Pledge[]) =>
  items.map((p) => ({
    id: p.id,
    caseId: p.caseId,
    org: p.orgName,
    institution: p.institutionName,
    patents: p.patents.map((x) => `${x.number} ${x.title}`).join('；'),
    agency: p.valuationAgency ?? '',
    valuation: p.valuationFen === null ? '' : yuanCell(p.valuationFen),
    approved: p.approvedFen === null ? '' : yuanCell(p.approvedFen),
    contractNo: p.contractNo ?? '',
    signedOn: p.signedOn ?? '',
    registrationDue: p.registrationDue ?? '',
    registrationNo: p.registrationNo ?? '',
    registeredOn: p.registeredOn ?? '',
    late: yesNo(p.registrationLate),
    releasedOn: p.releasedOn ?? '',
    alerts: p.alerts.map((a) => (a.kind === 'lapsed' ? '专利已失效' : '专利已转让')).join('、'),
    status: PLEDGE_STATUS_ZH[p.status],
  }));

/** Risk-compensation pools, their whitelists and claims, and IP pledges as Excel, each as its list shows them. */
export function poolExportRoutes({
  pools,
  claims,
  pledges,
}: {
  pools: PoolService;
  claims: PoolClaimService;
  pledges: PledgeService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/pools/export.xlsx', {
      schema: {
        tags,
        summary: 'Risk-compensation pools as Excel, with the search of the list',
        querystring: poolListQuerySchema.omit(noPaging),
        response: xlsx('The pools the caller sees, with their balances'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => pools.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '风险补偿资金池 Pools',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '资金池 Pool', key: 'name', width: 28 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '可用余额(元) Available', key: 'available', width: 16 },
            { header: '已占用(元) Committed', key: 'committed', width: 16 },
            { header: '已拨付(元) Paid', key: 'paid', width: 16 },
            { header: '白名单企业 Whitelisted', key: 'members', width: 12 },
            { header: '补偿参数 Parameters', key: 'params', width: 48 },
            { header: '覆盖机构 Lenders covered', key: 'lenders', width: 16 },
            { header: '白名单计算于 Whitelist computed', key: 'whitelistAt', width: 20 },
            { header: '设立时间 Created', key: 'createdAt', width: 20 },
          ],
          poolExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('risk-pools'), body);
      },
    });
    app.get('/finance/pools/:id/members/export.xlsx', {
      schema: {
        tags,
        summary: 'A pool’s whitelist as last computed, as Excel, with the search of the list',
        params: idParamSchema,
        querystring: poolMemberQuerySchema.omit(noPaging),
        response: xlsx('The whitelisted enterprises matching the search'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          pools.members(request.actor, request.params.id, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '资金池白名单 Whitelist',
          [
            { header: '企业编号 Enterprise ID', key: 'orgId', width: 12 },
            { header: '企业 Enterprise', key: 'orgName', width: 32 },
            { header: '结果 Result', key: 'result', width: 14 },
          ],
          items.map((m) => ({ orgId: m.orgId, orgName: m.orgName, result: MEMBER_RESULT_ZH[m.result] })),
        );
        return sendXlsx(reply, datedXlsxName(`risk-pool-${request.params.id}-whitelist`), body);
      },
    });
    app.get('/finance/pool-claims/export.xlsx', {
      schema: {
        tags,
        summary: 'Compensation claims as Excel, with the scope and filters of the list',
        querystring: poolClaimListQuerySchema.omit(noPaging),
        response: xlsx('The claims matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => claims.claims(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '风险补偿申请 Compensation claims',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '资金池 Pool', key: 'pool', width: 24 },
            { header: '贷款案件 Loan case', key: 'caseId', width: 10 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '放款金额(元) Disbursed', key: 'disbursed', width: 14 },
            { header: '损失金额(元) Loss', key: 'loss', width: 14 },
            { header: '有担保 Guaranteed', key: 'guaranteed', width: 10 },
            { header: '首贷 First loan', key: 'firstLoan', width: 10 },
            { header: '纯信用 Pure credit', key: 'pureCredit', width: 10 },
            { header: '知识产权质押 IP pledge', key: 'ipPledge', width: 12 },
            { header: '补偿比例 Share', key: 'pct', width: 10 },
            { header: '补偿金额(元) Amount', key: 'amount', width: 14 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '审核意见 Review note', key: 'reviewNote', width: 24 },
            { header: '提交时间 Submitted', key: 'submittedAt', width: 20 },
            { header: '拨付时间 Paid', key: 'paidAt', width: 20 },
          ],
          claimExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('compensation-claims'), body);
      },
    });
    app.get('/finance/pledges/export.xlsx', {
      schema: {
        tags,
        summary: 'IP pledges as Excel, with the scope and search of the list',
        querystring: pledgeListQuerySchema.omit(noPaging),
        response: xlsx('The pledges matching the search'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => pledges.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '知识产权质押 IP pledges',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '贷款案件 Loan case', key: 'caseId', width: 10 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '机构 Institution', key: 'institution', width: 28 },
            { header: '质押专利 Patents', key: 'patents', width: 40 },
            { header: '评估机构 Valuation agency', key: 'agency', width: 24 },
            { header: '评估价值(元) Valuation', key: 'valuation', width: 14 },
            { header: '授信额度(元) Approved', key: 'approved', width: 14 },
            { header: '质押合同编号 Contract', key: 'contractNo', width: 18 },
            { header: '签订日期 Signed on', key: 'signedOn', width: 12 },
            { header: '登记期限 Registration due', key: 'registrationDue', width: 12 },
            { header: '登记号 Registration', key: 'registrationNo', width: 18 },
            { header: '登记日期 Registered on', key: 'registeredOn', width: 12 },
            { header: '逾期登记 Late', key: 'late', width: 10 },
            { header: '解押日期 Released on', key: 'releasedOn', width: 12 },
            { header: '预警 Alerts', key: 'alerts', width: 20 },
            { header: '状态 Status', key: 'status', width: 10 },
          ],
          pledgeExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('ip-pledges'), body);
      },
    });
  };
}
