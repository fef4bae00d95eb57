import { xlsxResponse } from '@cz/shared';
import {
  ACHIEVEMENT_STAGES,
  type Achievement,
  type AchievementStatus,
  achievementListQuerySchema,
  TECH_FIELDS,
  TRANSFER_MODES,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, yuanCell, zoneTimeCell } from '../../kernel/excel.ts';
import { ANYONE } from '../../kernel/http.ts';
import { allPages } from '../../kernel/paging.ts';
import type { AchievementService } from './achievements.service.ts';

/** A listing's status in words (achievements and needs share the review flow). */
export const LISTING_STATUS_ZH: Record<AchievementStatus, string> = {
  draft: '草稿',
  submitted: '待审核',
  published: '已发布',
  returned: '已退回',
  withdrawn: '已撤回',
};

/** The rows of the achievements workbook, in words (Chinese, as the zone files them). */
export const achievementExportRows = (items: Achievement[]) =>
  items.map((a) => ({
    id: a.id,
    title: a.title,
    ownerName: a.ownerName,
    field: TECH_FIELDS[a.field].zh,
    stage: ACHIEVEMENT_STAGES[a.stage].zh,
    modes: a.transferModes.map((m) => TRANSFER_MODES[m].zh).join('、'),
    price: a.priceFen === null ? '面议' : yuanCell(a.priceFen),
    keywords: a.keywords.join('、'),
    status: LISTING_STATUS_ZH[a.status],
    reviewNote: a.reviewNote ?? '',
    publishedAt: zoneTimeCell(a.publishedAt),
    updatedAt: zoneTimeCell(a.updatedAt),
  }));

/**
 * The achievement list as Excel, with the list's filters and visibility: the published ones for everyone, an
 * organisation's own in every status (`ownerOrgId`), every achievement for the administration.
 */
export function achievementExportRoutes({ achievements }: { achievements: AchievementService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/market/achievements/export.xlsx', {
      schema: {
        tags: ['market'],
        summary: 'Achievements as Excel, with the filters of the list (own in every status; admins: all)',
        security: ANYONE(),
        querystring: achievementListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The achievements matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          achievements.list(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '科技成果 Achievements',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '成果名称 Achievement', key: 'title', width: 36 },
            { header: '持有方 Owner', key: 'ownerName', width: 28 },
            { header: '技术领域 Field', key: 'field', width: 16 },
            { header: '成熟度 Maturity', key: 'stage', width: 12 },
            { header: '转化方式 Ways offered', key: 'modes', width: 18 },
            { header: '价格(元) Price', key: 'price', width: 14 },
            { header: '关键词 Keywords', key: 'keywords', width: 24 },
            { header: '状态 Status', key: 'status', width: 10 },
            { header: '审核意见 Review note', key: 'reviewNote', width: 24 },
            { header: '发布时间 Published', key: 'publishedAt', width: 20 },
            { header: '更新时间 Updated', key: 'updatedAt', width: 20 },
          ],
          achievementExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('achievements'), body);
      },
    });
  };
}
