import { type NewsAdminItem, newsAdminListQuerySchema, xlsxResponse } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { datedXlsxName, listWorkbook, sendXlsx, zoneTimeCell } from '../../kernel/excel.ts';
import { allPages } from '../../kernel/paging.ts';
import type { NewsService } from './news.service.ts';

const CATEGORY_ZH: Record<NewsAdminItem['category'], string> = {
  notice: '通知公告',
  interpretation: '政策解读',
  news: '双创资讯',
  event: '活动预告',
};
const STATUS_ZH: Record<NewsAdminItem['status'], string> = {
  draft: '草稿',
  scheduled: '定时发布',
  published: '已发布',
  withdrawn: '已撤回',
};

/** Rows of the export: categories and states in words, times at Shanghai time. */
export function newsExportRows(items: NewsAdminItem[]) {
  return items.map((a) => ({
    id: a.id,
    category: CATEGORY_ZH[a.category],
    title: a.title,
    status: STATUS_ZH[a.status],
    publishAt: zoneTimeCell(a.publishAt),
    department: a.department,
    tags: a.tags.join('、'),
    pinned: a.pinned ? '是' : '',
    eventStartsAt: zoneTimeCell(a.event?.startsAt),
    eventPlace: a.event?.place ?? '',
    viewCount: a.viewCount,
    withdrawReason: a.withdrawReason ?? '',
    updatedAt: zoneTimeCell(a.updatedAt),
  }));
}

/** The administration's article list as Excel, with the list's filters. */
export function newsExportRoutes({ newsService }: { newsService: NewsService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/news/admin/articles/export.xlsx', {
      schema: {
        tags: ['news'],
        summary: 'Articles as Excel (admin), with the filters of the list',
        querystring: newsAdminListQuerySchema.omit({ page: true, pageSize: true }),
        response: { 200: xlsxResponse('The articles matching the filter as an Excel workbook') },
      },
      handler: async (request, reply) => {
        const items = await allPages((page) =>
          newsService.adminList(request.actor, { ...request.query, page, pageSize: 200 }),
        );
        const body = await listWorkbook(
          '资讯 Articles',
          [
            { header: '编号 ID', key: 'id', width: 8 },
            { header: '栏目 Category', key: 'category', width: 12 },
            { header: '标题 Title', key: 'title', width: 40 },
            { header: '状态 State', key: 'status', width: 10 },
            { header: '发布时间 Published', key: 'publishAt', width: 20 },
            { header: '发布部门 Department', key: 'department', width: 16 },
            { header: '标签 Tags', key: 'tags', width: 20 },
            { header: '置顶 Pinned', key: 'pinned', width: 8 },
            { header: '活动时间 Event starts', key: 'eventStartsAt', width: 20 },
            { header: '活动地点 Event place', key: 'eventPlace', width: 24 },
            { header: '浏览量 Views', key: 'viewCount', width: 10 },
            { header: '撤回原因 Withdrawal reason', key: 'withdrawReason', width: 24 },
            { header: '更新时间 Updated', key: 'updatedAt', width: 20 },
          ],
          newsExportRows(items),
        );
        return sendXlsx(reply, datedXlsxName('news-articles'), body);
      },
    });
  };
}
