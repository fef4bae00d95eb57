import {
  errorBodySchema,
  idParamSchema,
  newsAdminArticleSchema,
  newsAdminListQuerySchema,
  newsAdminPageSchema,
  newsArticleInputSchema,
  newsArticleSchema,
  newsCardPageSchema,
  newsListQuerySchema,
  newsScheduleSchema,
  newsWithdrawSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ANYONE } from '../../kernel/http.ts';
import type { NewsService } from './news.service.ts';

export function newsRoutes({ newsService }: { newsService: NewsService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['news'];
    const stepReplies = {
      200: newsAdminArticleSchema,
      403: errorBodySchema,
      404: errorBodySchema,
      409: errorBodySchema,
    };

    app.get('/news/articles', {
      schema: {
        tags,
        summary:
          '双创资讯: public articles by category, tag and search, pinned first then newest; upcoming=true lists events not over yet, soonest first',
        security: ANYONE(),
        querystring: newsListQuerySchema,
        response: { 200: newsCardPageSchema },
      },
      handler: async (request) => newsService.publicList(request.query),
    });

    app.get('/news/articles/:id', {
      schema: {
        tags,
        summary: 'A public article with its body and attachments (counted as read); unpublished ones are not found',
        security: ANYONE(),
        params: idParamSchema,
        response: { 200: newsArticleSchema, 404: errorBodySchema },
      },
      handler: async (request) => newsService.publicGet(request.params.id),
    });

    app.get('/news/admin/articles', {
      schema: {
        tags,
        summary: 'Every article in every state, newest first, with search and filters (admin)',
        querystring: newsAdminListQuerySchema,
        response: { 200: newsAdminPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => newsService.adminList(request.actor, request.query),
    });

    app.post('/news/admin/articles', {
      schema: {
        tags,
        summary: 'Write an article (a draft; the body is sanitised before it is stored) (admin)',
        body: newsArticleInputSchema,
        response: { 201: newsAdminArticleSchema, 403: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await newsService.create(request.actor, request.body)),
    });

    app.get('/news/admin/articles/:id', {
      schema: {
        tags,
        summary: 'An article in any state, as stored, for editing (admin)',
        params: idParamSchema,
        response: { 200: newsAdminArticleSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => newsService.adminGet(request.actor, request.params.id),
    });

    app.put('/news/admin/articles/:id', {
      schema: {
        tags,
        summary: 'Change an article in any state; a public one shows the change at once (admin)',
        params: idParamSchema,
        body: newsArticleInputSchema,
        response: { 200: newsAdminArticleSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => newsService.update(request.actor, request.params.id, request.body),
    });

    app.post('/news/admin/articles/:id/publish', {
      schema: {
        tags,
        summary: 'Publish a draft or a scheduled article now (admin)',
        params: idParamSchema,
        response: stepReplies,
      },
      handler: async (request) => newsService.publish(request.actor, request.params.id),
    });

    app.post('/news/admin/articles/:id/schedule', {
      schema: {
        tags,
        summary: 'Schedule a draft (or move a scheduled article) to be public from a future time (admin)',
        params: idParamSchema,
        body: newsScheduleSchema,
        response: { ...stepReplies, 422: errorBodySchema },
      },
      handler: async (request) =>
        newsService.schedule(request.actor, request.params.id, new Date(request.body.publishAt)),
    });

    app.post('/news/admin/articles/:id/unschedule', {
      schema: {
        tags,
        summary: 'Put a scheduled article that is not public yet back to draft (admin)',
        params: idParamSchema,
        response: stepReplies,
      },
      handler: async (request) => newsService.unschedule(request.actor, request.params.id),
    });

    app.post('/news/admin/articles/:id/withdraw', {
      schema: {
        tags,
        summary: 'Withdraw a public article, with the reason (admin)',
        params: idParamSchema,
        body: newsWithdrawSchema,
        response: stepReplies,
      },
      handler: async (request) => newsService.withdraw(request.actor, request.params.id, request.body.reason),
    });

    app.post('/news/admin/articles/:id/republish', {
      schema: {
        tags,
        summary: 'Publish a withdrawn article again, under its first publication date (admin)',
        params: idParamSchema,
        response: stepReplies,
      },
      handler: async (request) => newsService.republish(request.actor, request.params.id),
    });
  };
}
