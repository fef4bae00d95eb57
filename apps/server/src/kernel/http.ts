import type { FastifyRequest, RouteOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from './actor.ts';
import { commonErrors } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user, set by the identity module's request hook; null for anonymous callers. */
    actor: Actor | null;
    sessionToken: string | undefined;
  }
}

/** Request facts that the audit log and the session records keep. */
export function requestFacts(request: FastifyRequest) {
  return {
    ip: request.ip ?? null,
    userAgent: (request.headers['user-agent'] as string | undefined) ?? null,
    requestId: String(request.id),
  };
}

/** Refuses an anonymous request (401); finer checks live in the services (`can`). */
export async function requireLogin(request: FastifyRequest) {
  if (!request.actor) throw commonErrors.unauthenticated();
}

/** The logged-in actor of a request, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw commonErrors.unauthenticated();
  return request.actor;
}

/**
 * The OpenAPI `security` of a route that anyone may call. A route that declares none needs a session (the document's
 * default); a signed partner call declares `[{ interopSignature: [] }]`.
 */
export const ANYONE = (): [] => [];

type Security = readonly Record<string, readonly string[]>[] | undefined;

/** Whether a route with this OpenAPI `security` needs a logged-in user: the default (none declared) does. */
export function needsSession(security: Security): boolean {
  return security === undefined || security.some((s) => 'session' in s);
}

/**
 * An `onRoute` hook of the API scopes: every route that needs a session refuses anonymous callers before its body is
 * read, parsed or validated, so they learn only that they must log in (401), never which fields were wrong.
 */
export function loginFirst(route: RouteOptions) {
  const security = (route.schema as { security?: Security } | undefined)?.security;
  if (!needsSession(security)) return;
  const hooks = [route.preParsing ?? []].flat();
  if (!hooks.includes(requireLogin)) route.preParsing = [requireLogin, ...hooks];
}

/**
 * A scope for the routes that take raw bodies (workbooks, uploaded files): requests of `types` arrive in it as
 * buffers of at most `limit` bytes. The parser exists only inside this scope, so every other route answers such a
 * body 415 without reading it.
 */
export function rawBodyScope(types: readonly string[], limit: number, routes: FastifyPluginAsyncZod) {
  const scope: FastifyPluginAsyncZod = async (app, opts) => {
    app.addContentTypeParser([...types], { parseAs: 'buffer', bodyLimit: limit }, (_req, body, done) =>
      done(null, body),
    );
    await routes(app, opts);
  };
  return scope;
}

/** Where in a request's JSON, query or path a NUL byte is (a key or a string value), or null when there is none. */
export function nulPath(value: unknown, at = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? at || '/' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = nulPath(v, `${at}/${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes('\u0000')) return `${at}/${k.replaceAll('\u0000', '\\u0000')}`;
      const found = nulPath(v, `${at}/${k}`);
      if (found) return found;
    }
  }
  return null;
}
