import { xlsxResponse } from '@cz/shared';
import {
  type Batch,
  batchListQuerySchema,
  type Criterion,
  criteriaListQuerySchema,
  type EvaluationSummary,
  evaluationHistoryQuerySchema,
  evaluationListQuerySchema,
  myTasksQuerySchema,
  orgIdParamSchema,
  type PoolTask,
  poolListQuerySchema,
} from '@cz/shared/cultivation-api';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { BatchRunner } from './batch.ts';
import type { EvaluationService } from './evaluation.service.ts';
import type { PoolService } from './pool.service.ts';

const KIND_ZH = {
  tech_sme: '科技型中小企业',
  hte: '高新技术企业',
  specialized: '专精特新',
  rd_deduction: '研发费用加计扣除',
};
const VERDICT_ZH = { eligible: '符合', not_eligible: '不符合', needs_data: '待补充信息' };
const TIER_ZH = { seed: '种子', growing: '培育', sprint: '冲刺' };
const TRIGGER_ZH = { manual: '手动', batch: '批量', indicators: '指标变更', ip: '知识产权变更', nightly: '每晚' };
const BATCH_STATUS_ZH: Record<Batch['status'], string> = { running: '运行中', done: '已完成', failed: '失败' };
const CRITERION_STATUS_ZH: Record<Criterion['status'], string> = { active: '启用', retired: '已停用' };
const TASK_STATUS_ZH: Record<PoolTask['status'], string> = { open: '待办', done: '已完成', cancelled: '已取消' };

const EVALUATION_COLUMNS = [
  { header: '企业 Enterprise', key: 'orgName', width: 30 },
  { header: '园区 Park', key: 'park', width: 14 },
  { header: '行业 Industry', key: 'industry', width: 8 },
  { header: '评价 Kind', key: 'kind', width: 16 },
  { header: '评价日 Assessed on', key: 'assessedOn', width: 12 },
  { header: '规则版本 Rule pack', key: 'packId', width: 20 },
  { header: '得分(低) Score min', key: 'scoreMin', width: 10 },
  { header: '得分(高) Score max', key: 'scoreMax', width: 10 },
  { header: '结论 Verdict', key: 'verdict', width: 12 },
  { header: '触发 Trigger', key: 'trigger', width: 12 },
  { header: '评价时间 Evaluated at', key: 'createdAt', width: 20 },
];
const evaluationRows = (items: EvaluationSummary[]) =>
  items.map((e) => ({
    ...e,
    park: e.park ?? '',
    industry: e.industry ?? '',
    kind: KIND_ZH[e.kind],
    verdict: VERDICT_ZH[e.verdict],
    trigger: TRIGGER_ZH[e.trigger],
    scoreMin: e.scoreMin ?? '',
    scoreMax: e.scoreMax ?? '',
    createdAt: zoneTimeCell(e.createdAt),
  }));

/** What a saved criterion asks, in words: `评价：科技型中小企业；科技型中小企业：符合；得分 60–100；园区：光伏产业园`. */
export function criterionWords(f: Criterion['filter']): string {
  const parts = [`评价：${KIND_ZH[f.kind]}`];
  if (f.techSme) parts.push(`科技型中小企业：${VERDICT_ZH[f.techSme]}`);
  if (f.hte) parts.push(`高新技术企业：${VERDICT_ZH[f.hte]}`);
  if (f.hteNot) parts.push(`高新技术企业不为：${VERDICT_ZH[f.hteNot]}`);
  if (f.scoreMin !== undefined || f.scoreMax !== undefined) parts.push(`得分 ${f.scoreMin ?? 0}–${f.scoreMax ?? 100}`);
  if (f.park) parts.push(`园区：${f.park}`);
  if (f.industry) parts.push(`行业：${f.industry}`);
  return parts.join('；');
}

/** The cultivation area's lists as Excel, each with its list's search and filters (the administration's). */
export function cultivationExportRoutes({
  evaluations,
  batches,
  pool,
}: {
  evaluations: EvaluationService;
  batches: BatchRunner;
  pool: PoolService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['cultivation'];
    app.get('/cultivation/evaluations/export.xlsx', {
      schema: {
        tags,
        summary: 'Latest evaluations as Excel, with the filters of the list (admin)',
        querystring: evaluationListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The latest evaluations matching the filter') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          evaluations.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook('评价结果 Evaluations', EVALUATION_COLUMNS, evaluationRows(items));
        return sendXlsx(reply, datedXlsxName('evaluations'), body);
      },
    });
    app.get('/cultivation/orgs/:orgId/evaluations/history/export.xlsx', {
      schema: {
        tags,
        summary: "An enterprise's evaluations as Excel, newest first, with the kind of the list (its members, admins)",
        params: orgIdParamSchema,
        querystring: evaluationHistoryQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse("The enterprise's evaluations") },
      },
      handler: async (request, reply) => {
        const { orgId } = request.params;
        const items = await allPages((page) =>
          evaluations.history(request.actor, orgId, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook('评价记录 Evaluations', EVALUATION_COLUMNS, evaluationRows(items));
        return sendXlsx(reply, datedXlsxName(`evaluations-${orgId}`), body);
      },
    });
    app.get('/cultivation/batches/export.xlsx', {
      schema: {
        tags,
        summary: 'Batch runs as Excel, newest first, with the filters of the list (admin)',
        querystring: batchListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The batch runs matching the filter') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => batches.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '批量评价 Batch runs',
          [
            { header: '编号 No.', key: 'id', width: 8 },
            { header: '触发 Trigger', key: 'trigger', width: 10 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '评价日 Assessed on', key: 'assessedOn', width: 12 },
            { header: '企业数 Enterprises', key: 'total', width: 10 },
            { header: '已评价 Processed', key: 'processed', width: 10 },
            { header: '失败 Failed', key: 'failed', width: 8 },
            { header: '错误 Error', key: 'error', width: 30 },
            { header: '开始时间 Started', key: 'startedAt', width: 20 },
            { header: '结束时间 Finished', key: 'finishedAt', width: 20 },
          ],
          items.map((b) => ({
            ...b,
            trigger: TRIGGER_ZH[b.trigger],
            status: BATCH_STATUS_ZH[b.status],
            error: b.error ?? '',
            startedAt: zoneTimeCell(b.startedAt),
            finishedAt: zoneTimeCell(b.finishedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('cultivation-batches'), body);
      },
    });
    app.get('/cultivation/pool/export.xlsx', {
      schema: {
        tags,
        summary: 'The pool as Excel, with the filters of the list (admin)',
        querystring: poolListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The pool matching the filter') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => pool.list(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '培育库 Pool',
          [
            { header: '企业 Enterprise', key: 'orgName', width: 30 },
            { header: '园区 Park', key: 'park', width: 14 },
            { header: '梯队 Tier', key: 'tier', width: 8 },
            { header: '服务专员 Owner', key: 'ownerName', width: 14 },
            { header: '科技型中小企业得分 Tech-SME score', key: 'techSmeScore', width: 12 },
            { header: '待办任务 Open tasks', key: 'openTasks', width: 10 },
            { header: '最近到期 Next due', key: 'nextDueOn', width: 12 },
            { header: '最近走访 Last visit', key: 'lastVisitOn', width: 12 },
            { header: '入库时间 Added', key: 'addedAt', width: 20 },
          ],
          items.map((e) => ({
            ...e,
            park: e.park ?? '',
            tier: TIER_ZH[e.tier],
            ownerName: e.ownerName ?? '',
            techSmeScore: e.techSmeScore ?? '',
            nextDueOn: e.nextDueOn ?? '',
            lastVisitOn: e.lastVisitOn ?? '',
            addedAt: zoneTimeCell(e.addedAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('cultivation-pool'), body);
      },
    });
    app.get('/cultivation/pool/criteria/export.xlsx', {
      schema: {
        tags,
        summary: 'Saved pool criteria as Excel, with the search and status of the list (admin)',
        querystring: criteriaListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The saved criteria matching the filter') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => pool.criteria(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '入库条件 Pool criteria',
          [
            { header: '编号 No.', key: 'id', width: 8 },
            { header: '名称 Name', key: 'name', width: 24 },
            { header: '条件 Conditions', key: 'conditions', width: 50 },
            { header: '梯队 Tier', key: 'tier', width: 8 },
            { header: '服务专员 Owner', key: 'ownerName', width: 14 },
            { header: '每晚自动入库 Nightly', key: 'autoApply', width: 10 },
            { header: '状态 Status', key: 'status', width: 8 },
            { header: '在库企业 In the pool', key: 'inPool', width: 10 },
            { header: '当前符合 Matching', key: 'matching', width: 10 },
            { header: '可新增 New matches', key: 'newMatches', width: 10 },
            { header: '最近入库 Applied', key: 'appliedAt', width: 20 },
            { header: '创建人 Created by', key: 'createdByName', width: 14 },
            { header: '创建时间 Created', key: 'createdAt', width: 20 },
          ],
          items.map((c) => ({
            ...c,
            conditions: criterionWords(c.filter),
            tier: TIER_ZH[c.tier],
            ownerName: c.ownerName ?? '',
            autoApply: c.autoApply ? '是' : '否',
            status: CRITERION_STATUS_ZH[c.status],
            appliedAt: zoneTimeCell(c.appliedAt),
            createdByName: c.createdByName ?? '',
            createdAt: zoneTimeCell(c.createdAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('cultivation-criteria'), body);
      },
    });
    app.get('/cultivation/pool/my-tasks/export.xlsx', {
      schema: {
        tags,
        summary: 'My open pool tasks due within 14 days as Excel, with the search of the list (admin)',
        querystring: myTasksQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('My open pool tasks') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) => pool.myTasks(request.actor, { ...request.query, page, pageSize: 200 }));
        const body = await listWorkbook(
          '我的培育任务 My tasks',
          [
            { header: '到期日 Due on', key: 'dueOn', width: 12 },
            { header: '任务 Task', key: 'title', width: 36 },
            { header: '企业 Enterprise', key: 'orgName', width: 30 },
            { header: '负责人 Assignee', key: 'assigneeName', width: 14 },
            { header: '状态 Status', key: 'status', width: 8 },
            { header: '创建时间 Created', key: 'createdAt', width: 20 },
          ],
          items.map((k) => ({
            ...k,
            assigneeName: k.assigneeName ?? '',
            status: TASK_STATUS_ZH[k.status],
            createdAt: zoneTimeCell(k.createdAt),
          })),
        );
        return sendXlsx(reply, datedXlsxName('cultivation-my-tasks'), body);
      },
    });
  };
}
