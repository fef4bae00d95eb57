import {
  changePasswordBodySchema,
  errorBodySchema,
  localeBodySchema,
  loginBodySchema,
  loginReplySchema,
  meSchema,
  okSchema,
  passwordResetBodySchema,
  passwordResetInfoSchema,
  portalSettingsSchema,
  registerBodySchema,
  resetTokenBodySchema,
  sessionReplySchema,
} from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../../kernel/config.ts';
import { ANYONE, requestFacts } from '../../kernel/http.ts';
import { clearSessionCookie, setSessionCookie } from './auth.hooks.ts';
import type { AuthService } from './auth.service.ts';
import type { PasswordResets } from './password-reset.service.ts';

export function authRoutes({
  auth,
  resets,
  config,
}: {
  auth: AuthService;
  resets: PasswordResets;
  config: Config;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['auth'];
    app.post('/auth/login', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Log in; sets the session cookie',
        body: loginBodySchema,
        response: {
          200: loginReplySchema,
          401: errorBodySchema,
          423: errorBodySchema,
          429: errorBodySchema,
        },
      },
      handler: async (request, reply) => {
        const { username, password, locale: chosen } = request.body;
        const { token, locale } = await auth.login(username, password, requestFacts(request), chosen);
        setSessionCookie(reply, config, token);
        return { ok: true as const, locale };
      },
    });

    app.get('/auth/settings', {
      schema: {
        tags,
        summary: 'What the portal shows everyone (demo installation or not)',
        security: ANYONE(),
        response: { 200: portalSettingsSchema },
      },
      handler: async () => ({ demo: config.seedDemo }),
    });

    app.post('/auth/logout', {
      schema: { tags, summary: 'Log out; ends the session', security: ANYONE(), response: { 200: okSchema } },
      handler: async (request, reply) => {
        await auth.logout(request.sessionToken);
        clearSessionCookie(reply, config);
        return { ok: true as const };
      },
    });

    app.get('/auth/me', {
      schema: { tags, summary: 'The logged-in user', response: { 200: meSchema, 401: errorBodySchema } },
      handler: async (request) => auth.me(request.actor),
    });

    app.get('/auth/session', {
      schema: {
        tags,
        summary: 'The logged-in user, or null for a visitor (never 401)',
        security: ANYONE(),
        response: { 200: sessionReplySchema },
      },
      handler: async (request) => ({ me: request.actor ? await auth.me(request.actor) : null }),
    });

    app.post('/auth/register', {
      schema: {
        security: ANYONE(),
        tags,
        summary: 'Register an enterprise account together with its organisation (pending verification)',
        body: registerBodySchema,
        response: { 201: meSchema, 400: errorBodySchema, 409: errorBodySchema },
      },
      handler: async (request, reply) => {
        const facts = requestFacts(request);
        const { token } = await auth.register(request.body, facts);
        setSessionCookie(reply, config, token);
        const actor = await auth.resolve(token, facts);
        return reply.status(201).send(await auth.me(actor));
      },
    });

    app.post('/auth/password', {
      schema: {
        tags,
        summary: 'Change my password; my other sessions end',
        body: changePasswordBodySchema,
        response: { 200: okSchema, 400: errorBodySchema },
      },
      handler: async (request) => {
        await auth.changePassword(
          request.actor,
          request.sessionToken ?? '',
          request.body.currentPassword,
          request.body.newPassword,
        );
        return { ok: true as const };
      },
    });

    app.post('/auth/password-reset/inspect', {
      schema: {
        tags,
        summary: "Whose one-time password-reset link this is (the reset page's first question)",
        security: ANYONE(),
        body: resetTokenBodySchema,
        response: { 200: passwordResetInfoSchema, 404: errorBodySchema },
      },
      handler: async (request) => resets.inspect(request.body.token),
    });

    app.post('/auth/password-reset', {
      schema: {
        tags,
        summary: 'Set a new password with a one-time link; the link is used up and every session ends',
        security: ANYONE(),
        body: passwordResetBodySchema,
        response: { 200: okSchema, 400: errorBodySchema, 404: errorBodySchema, 429: errorBodySchema },
      },
      handler: async (request) => {
        await resets.complete(request.body.token, request.body.newPassword, requestFacts(request));
        return { ok: true as const };
      },
    });

    app.put('/auth/locale', {
      schema: { tags, summary: 'Remember my interface language', body: localeBodySchema, response: { 200: okSchema } },
      handler: async (request) => {
        await auth.setLocale(request.actor, request.body.locale);
        return { ok: true as const };
      },
    });
  };
}
