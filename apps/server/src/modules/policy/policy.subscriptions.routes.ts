import { errorBodySchema } from '@cz/shared';
import { policySubscriptionInputSchema, policySubscriptionSchema } from '@cz/shared/policy';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PolicySubscriptions } from './policy.subscriptions.ts';

const tags = ['policy'];
const orgOnlySchema = z.object({ orgId: z.coerce.number().int().positive() });

/** An enterprise's subscription to kinds of policy: told of new items of documents with any of its tags. */
export function policySubscriptionRoutes({
  subscriptions,
}: {
  subscriptions: PolicySubscriptions;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/policy/orgs/:orgId/subscription', {
      schema: {
        tags,
        summary: "An enterprise's subscription (its members, the administration); no tags when never saved",
        params: orgOnlySchema,
        response: { 200: policySubscriptionSchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => subscriptions.get(request.actor, request.params.orgId),
    });
    app.put('/policy/orgs/:orgId/subscription', {
      schema: {
        tags,
        summary: "Replace an enterprise's subscription: the support kinds, applicant kinds and levels to be told of",
        params: orgOnlySchema,
        body: policySubscriptionInputSchema,
        response: {
          200: policySubscriptionSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
      handler: async (request) => subscriptions.put(request.actor, request.params.orgId, request.body),
    });
  };
}
