import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../kernel/config.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { requestFacts } from '../../kernel/http.ts';
import type { AuthService } from './auth.service.ts';

export const SESSION_COOKIE = 'cz_session';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery defence beside SameSite=Lax: a mutating request that names an origin must name this
 * site's own (or one in ALLOWED_ORIGINS). Requests without Origin (command-line clients, server-to-server) pass,
 * unless the browser says in Sec-Fetch-Site that it came from another site.
 */
function originAllowed(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (!origin) {
    const site = request.headers['sec-fetch-site'];
    return site === undefined || site === 'same-origin' || site === 'none';
  }
  if (config.allowedOrigins.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

export function registerAuthHooks(app: FastifyInstance, deps: { config: Config; auth: AuthService }) {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (MUTATING.has(request.method) && !originAllowed(request, deps.config)) throw commonErrors.badOrigin();
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.sessionToken = token;
    request.actor = await deps.auth.resolve(token, requestFacts(request));
  });
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.cookieSecure,
    maxAge: Math.floor(config.session.absoluteMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.session.cookieSecure,
  });
}
