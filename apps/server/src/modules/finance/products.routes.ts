import { errorBodySchema, idParamSchema } from '@cz/shared';
import {
  compareQuerySchema,
  labelSchema,
  precheckQuerySchema,
  precheckSchema,
  productInputSchema,
  productListQuerySchema,
  productPageSchema,
  productReviewSchema,
  productSchema,
  productStepSchema,
} from '@cz/shared/finance';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ANYONE } from '../../kernel/http.ts';
import type { NeedService } from './needs.service.ts';
import type { ProductService } from './products.service.ts';
import type { FinanceSettingsService } from './settings.service.ts';

export function productRoutes({
  products,
  needs,
  settings,
}: {
  products: ProductService;
  needs: NeedService;
  settings: FinanceSettingsService;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['finance'];
    const reply = { 200: productSchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

    app.get('/finance/products', {
      schema: {
        tags,
        summary: '金融超市: published products (my institution’s in every status; the finance office all)',
        security: ANYONE(),
        querystring: productListQuerySchema,
        response: { 200: productPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => products.list(request.actor, request.query),
    });
    app.get('/finance/products/compare', {
      schema: {
        tags,
        summary: 'Two to four published products side by side',
        security: ANYONE(),
        querystring: compareQuerySchema,
        response: { 200: z.object({ items: z.array(productSchema) }), 404: errorBodySchema },
      },
      handler: async (request) => products.compare(request.query.ids),
    });
    app.get('/finance/labels', {
      schema: {
        tags,
        summary: 'The zone’s product labels (科技助保贷, 信用标 …)',
        security: ANYONE(),
        response: { 200: z.object({ items: z.array(labelSchema) }) },
      },
      handler: async () => ({ items: await settings.labels() }),
    });
    app.get('/finance/products/:id', {
      schema: { tags, summary: 'One product', security: ANYONE(), params: idParamSchema, response: reply },
      handler: async (request) => products.get(request.actor, request.params.id),
    });
    app.get('/finance/products/:id/precheck', {
      schema: {
        tags,
        summary: 'Pre-check the product for my enterprise (with one of its needs, when named)',
        params: idParamSchema,
        querystring: precheckQuerySchema,
        response: { 200: precheckSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => needs.productCheck(request.actor, request.params.id, request.query.needId),
    });
    app.post('/finance/products', {
      schema: {
        tags,
        summary: 'Write a product of my institution (a draft until submitted)',
        body: productInputSchema,
        response: { 201: productSchema, 403: errorBodySchema, 422: errorBodySchema },
      },
      handler: async (request, res) => res.status(201).send(await products.create(request.actor, request.body)),
    });
    app.put('/finance/products/:id', {
      schema: {
        tags,
        summary: 'Change a draft or returned product',
        params: idParamSchema,
        body: productInputSchema,
        response: { ...reply, 422: errorBodySchema },
      },
      handler: async (request) => products.update(request.actor, request.params.id, request.body),
    });
    app.post('/finance/products/:id/step', {
      schema: {
        tags,
        summary: 'Submit, withdraw, suspend, resume or retire a product',
        params: idParamSchema,
        body: productStepSchema,
        response: reply,
      },
      handler: async (request) => products.step(request.actor, request.params.id, request.body),
    });
    app.post('/finance/products/:id/review', {
      schema: {
        tags,
        summary: 'Finance office: publish a submitted product, or return it with the reason',
        params: idParamSchema,
        body: productReviewSchema,
        response: reply,
      },
      handler: async (request) => products.review(request.actor, request.params.id, request.body),
    });
  };
}
