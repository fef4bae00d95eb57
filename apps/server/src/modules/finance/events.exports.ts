import { INDUSTRY_SECTIONS, type IndustrySection, xlsxResponse } from '@cz/shared';
import {
  type FinanceEventSummary,
  type Fund,
  financeEventListQuerySchema,
  fundListQuerySchema,
  type Investment,
  investmentListQuerySchema,
  investorMatchQuerySchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { EventService } from './events.service.ts';
import { EVENT_STATUS_ZH, FUND_KIND_ZH, FUND_STAGE_ZH, ROUND_ZH, wordsOf } from './finance.words.ts';
import type { FundService } from './funds.service.ts';

const xlsx = (description: string) => ({ 200: xlsxResponse(description) });
const noPaging = { page: true, pageSize: true } as const;
const industryText = (code: string | null) =>
  code && code in INDUSTRY_SECTIONS ? `${code} ${INDUSTRY_SECTIONS[code as IndustrySection].zh}` : (code ?? '');

/** The rows of the events workbook: times in Asia/Shanghai, the status in words, the yield in figures. */
export const eventExportRows = (items: FinanceEventSummary[]) =>
  items.map((e) => ({
    id: e.id,
    title: e.title,
    venue: e.venue,
    startsAt: zoneTimeCell(e.startsAt),
    endsAt: zoneTimeCell(e.endsAt),
    status: EVENT_STATUS_ZH[e.status],
    held: e.yield.held,
    interested: e.yield.interested,
    followedUp: e.yield.followedUp,
    claimedAfter: e.yield.claimedAfter,
    disbursedAfter: e.yield.disbursedAfter,
  }));

/** The rows of the funds workbook: money in 元, kinds and stages in words, the limited partners by name. */
export const fundExportRows = (items: Fund[]) =>
  items.map((f) => ({
    id: f.id,
    name: f.name,
    kind: FUND_KIND_ZH[f.kind],
    parent: f.parentName ?? '',
    manager: f.managerName ?? '',
    target: yuanCell(f.targetFen),
    committed: yuanCell(f.committedFen),
    invested: yuanCell(f.investedFen),
    vintage: f.vintage,
    stages: wordsOf(f.stages, FUND_STAGE_ZH),
    fields: f.fields.join('、'),
    partners: f.commitments.map((c) => c.lpName).join('、'),
  }));

export const investmentExportRows = (items: Investment[]) =>
  items.map((i) => ({
    id: i.id,
    org: i.orgName,
    fund: i.fundName ?? '',
    institution: i.institutionName ?? '',
    amount: yuanCell(i.amountFen),
    round: ROUND_ZH[i.round],
    investedOn: i.investedOn,
  }));

/** 银企对接会, guide funds, investments and an investor's matches as Excel, each as its list shows them. */
export function eventExportRoutes({
  events,
  funds,
}: {
  events: EventService;
  funds: FundService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    app.get('/finance/events/export.xlsx', {
      schema: {
        tags,
        summary: '银企对接会 as Excel, with their yield and the search of the list',
        querystring: financeEventListQuerySchema.omit(noPaging),
        response: xlsx('The events the caller sees'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => events.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '银企对接会 Matchmaking events',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '活动名称 Event', key: 'title', width: 32 },
            { header: '地点 Venue', key: 'venue', width: 24 },
            { header: '开始时间 Starts', key: 'startsAt', width: 20 },
            { header: '结束时间 Ends', key: 'endsAt', width: 20 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '洽谈场次 Meetings held', key: 'held', width: 12 },
            { header: '有意向 Interested', key: 'interested', width: 10 },
            { header: '已跟进 Followed up', key: 'followedUp', width: 10 },
            { header: '会后认领需求 Needs claimed after', key: 'claimedAfter', width: 14 },
            { header: '会后放款 Loans disbursed after', key: 'disbursedAfter', width: 14 },
          ],
          eventExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('finance-events'), body);
      },
    });
    app.get('/finance/funds/export.xlsx', {
      schema: {
        tags,
        summary: '产业引导基金 and sub-funds as Excel, with the filters of the list',
        security: ANYONE(),
        querystring: fundListQuerySchema.omit(noPaging),
        response: xlsx('The funds matching the filter'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => funds.list({ ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '产业引导基金 Guide funds',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '基金名称 Fund', key: 'name', width: 30 },
            { header: '类型 Kind', key: 'kind', width: 18 },
            { header: '所属引导基金 Guide fund', key: 'parent', width: 30 },
            { header: '管理机构 Manager', key: 'manager', width: 28 },
            { header: '目标规模(元) Target', key: 'target', width: 16 },
            { header: '已认缴(元) Committed', key: 'committed', width: 16 },
            { header: '已投资(元) Invested', key: 'invested', width: 16 },
            { header: '设立年份 Vintage', key: 'vintage', width: 10 },
            { header: '投资阶段 Stages', key: 'stages', width: 20 },
            { header: '投资领域 Fields', key: 'fields', width: 24 },
            { header: '出资人 Limited partners', key: 'partners', width: 36 },
          ],
          fundExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('guide-funds'), body);
      },
    });
    app.get('/finance/investments/export.xlsx', {
      schema: {
        tags,
        summary: 'Investments as Excel (all for the finance office, my institution’s), with the search of the list',
        querystring: investmentListQuerySchema.omit(noPaging),
        response: xlsx('The investments matching the search'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          funds.investments(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '投资记录 Investments',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '被投企业 Enterprise', key: 'org', width: 28 },
            { header: '基金 Fund', key: 'fund', width: 28 },
            { header: '投资机构 Investor', key: 'institution', width: 28 },
            { header: '投资金额(元) Amount', key: 'amount', width: 16 },
            { header: '轮次 Round', key: 'round', width: 10 },
            { header: '投资日期 Invested on', key: 'investedOn', width: 12 },
          ],
          investmentExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('investments'), body);
      },
    });
    app.get('/finance/investor-matches/export.xlsx', {
      schema: {
        tags,
        summary: 'The enterprises that fit my investor profile as Excel, with the reasons',
        querystring: investorMatchQuerySchema.omit(noPaging),
        response: xlsx('The matches, those with an open need within the ticket first'),
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => funds.matches(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '匹配企业 Investor matches',
          [
            { header: '企业编号 Enterprise ID', key: 'orgId', width: 12 },
            { header: '企业 Enterprise', key: 'org', width: 28 },
            { header: '阶段 Stage', key: 'stage', width: 10 },
            { header: '行业门类 Industry', key: 'industry', width: 28 },
            { header: '融资需求(元) Open need', key: 'need', width: 16 },
            { header: '匹配理由 Reasons', key: 'reasons', width: 48 },
          ],
          items.map((m) => ({
            orgId: m.orgId,
            org: m.orgName,
            stage: FUND_STAGE_ZH[m.stage],
            industry: industryText(m.industry),
            need: m.needFen === null ? '' : yuanCell(m.needFen),
            reasons: m.reasons.map((r) => r.zh).join('；'),
          })),
        );
        return sendXlsx(reply, datedXlsxName('investor-matches'), body);
      },
    });
  };
}
