import {
  createdUserSchema,
  createUserBodySchema,
  errorBodySchema,
  foundUserSchema,
  idParamSchema,
  okSchema,
  passwordResetIssuedSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userPageSchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { PasswordResets } from './password-reset.service.ts';
import type { UsersService } from './users.service.ts';

export function usersRoutes({ users, resets }: { users: UsersService; resets: PasswordResets }): FastifyPluginAsyncZod {
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
        summary: "Change a user's name, role, department or status, or lift a lock (admin)",
        params: idParamSchema,
        body: updateUserBodySchema,
        response: { 200: okSchema, 400: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request) => {
        await users.update(request.actor, request.params.id, request.body);
        return { ok: true as const };
      },
    });
    app.post('/users/:id/password-reset', {
      schema: {
        tags,
        summary: 'Issue a one-time password-reset link for a user (admin); emailed when SMTP is set',
        params: idParamSchema,
        response: { 201: passwordResetIssuedSchema, 403: errorBodySchema, 404: errorBodySchema },
      },
      handler: async (request, reply) => reply.status(201).send(await resets.issue(request.actor, request.params.id)),
    });
  };
}
