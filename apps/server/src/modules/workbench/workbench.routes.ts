import { workbenchSchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { WorkbenchService } from './workbench.service.ts';

export function workbenchRoutes({ workbench }: { workbench: WorkbenchService }): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/workbench', {
      schema: {
        tags: ['workbench'],
        summary: 'What waits for me: counts by kind, each with the link of its list (the landing page after login)',
        response: { 200: workbenchSchema },
      },
      handler: async (request) => workbench.forActor(request.actor),
    });
  };
}
