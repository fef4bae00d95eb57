import { defineModule, type Kernel } from '../../kernel/module.ts';
import { newsExportRoutes } from './news.exports.ts';
import { createNewsRepository } from './news.repository.ts';
import { newsRoutes } from './news.routes.ts';
import { createNewsService } from './news.service.ts';

export { newsErrors } from './news.errors.ts';
/** Published read view of the articles the public sees now, for other modules' queries. */
export { newsPublicArticles } from './news.views.ts';

/**
 * 双创资讯: the administration's articles (通知公告, 政策解读, 双创资讯, 活动预告) — written as sanitised rich text,
 * published now or at a set time, withdrawn and republished — and the public's lists and pages of them.
 */
export function createNewsModule(k: Kernel) {
  const { db, clock } = k;
  const newsService = createNewsService({ db, news: createNewsRepository({ db }), clock });
  return defineModule({
    name: 'news',
    api: undefined,
    routes: [
      // The export's path is more specific than /news/admin/articles/:id; Fastify matches static segments first.
      newsExportRoutes({ newsService }),
      newsRoutes({ newsService }),
    ],
    jobs: [
      // Scheduled articles are public from their time by the queries themselves; every minute the job marks the due
      // ones published (and audits it), so that the stored state catches up within a minute on any instance.
      { name: 'news-publish-due', cron: '* * * * *', run: () => newsService.publishDue() },
    ],
  });
}
