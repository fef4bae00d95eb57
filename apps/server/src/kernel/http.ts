import type { FastifyRequest } from 'fastify';
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

/** preHandler for routes that need a logged-in user; finer checks live in the services (`can`). */
export async function requireLogin(request: FastifyRequest) {
  if (!request.actor) throw commonErrors.unauthenticated();
}

/** The logged-in actor of a request, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw commonErrors.unauthenticated();
  return request.actor;
}
