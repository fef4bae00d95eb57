import {
  createdUserSchema,
  createUserBodySchema,
  errorBodySchema,
  foundUserSchema,
  idParamSchema,
  okSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userPageSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { UsersService } from './users.service.ts';

export function usersRoutes({ users }: { users: UsersService }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['users'];
    app.get('/users', {
      schema: {
        tags,
        summary: 'List users (admin)',
        querystring: userListQuerySchema,
        response: { 200: userPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => users.list(request.actor, request.query),
    });
    app.get('/users/lookup', {
      schema: {
        tags,
        summary: 'Find one active user by exact username (providers recording training, admins)',
        querystring: z.object({ username: z.string().trim().min(1).max(64) }),
        response: {
          200: foundUserSchema,
          404: errorBodySchema,
        },
      },
      handler: async (request) => users.lookup(request.actor, request.query.username),
    });
    app.post('/users', {
      schema: {
        tags,
        summary: 'Create a user (admin)',
        body: createUserBodySchema,
        response: {
          201: createdUserSchema,
          400: errorBodySchema,
          409: errorBodySchema,
        },
      },
      handler: async (request, reply) => reply.status(201).send(await users.create(request.actor, request.body)),
    });
    app.patch('/users/:id', {
      schema: {
        tags,
        summary: 'Disable, enable or unlock a user (admin)',
        params: idParamSchema,
        body: updateUserBodySchema,
        response: { 200: okSchema },
      },
      handler: async (request) => {
        await users.update(request.actor, request.params.id, request.body);
        return { ok: true as const };
      },
    });
  };
}
