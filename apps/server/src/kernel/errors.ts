import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { pgError } from './db/pg-error.ts';

/** The one error type: a code of the form `<module>.<reason>`, an HTTP status, and optional details. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown[] | undefined;
  constructor(code: string, status: number, message?: string, details?: unknown[]) {
    super(message ?? code);
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** A small factory per error code: `const notFound = createError('org.not_found', 404, 'organisation not found')`. */
export function createError(code: string, status: number, defaultMessage: string) {
  return (message?: string, details?: unknown[]) => new AppError(code, status, message ?? defaultMessage, details);
}

export const commonErrors = {
  unauthenticated: createError('auth.unauthenticated', 401, 'login required'),
  forbidden: createError('auth.forbidden', 403, 'not allowed'),
  badOrigin: createError('http.bad_origin', 403, 'request origin not allowed'),
  validation: createError('http.validation', 400, 'request is invalid'),
  notFound: createError('http.not_found', 404, 'no such resource'),
};

/** PostgreSQL error codes the services turn into module errors when they did not catch them first. */
const PG_ERRORS: Record<string, { code: string; status: number }> = {
  '23505': { code: 'db.conflict', status: 409 },
  '23503': { code: 'db.reference', status: 409 },
  '23514': { code: 'db.check_violation', status: 422 },
  '23P01': { code: 'db.conflict', status: 409 },
  '22P02': { code: 'http.validation', status: 400 },
};

export function errorHandler(error: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    return reply
      .status(error.status)
      .send({ error: { code: error.code, message: error.message, details: error.details } });
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const details = error.validation.map((v) => ({
      path: v.instancePath || '/',
      message: v.message,
      where: error.validationContext,
    }));
    return reply.status(400).send({ error: { code: 'http.validation', message: 'request is invalid', details } });
  }
  const fe = error as FastifyError & { code?: string };
  const pe = pgError(error);
  const pgMapped = pe ? PG_ERRORS[pe.code] : undefined;
  if (pgMapped) {
    request.log.warn({ err: error }, 'unmapped database constraint');
    return reply.status(pgMapped.status).send({
      error: {
        code: pgMapped.code,
        message: 'the change conflicts with existing data',
        details: [{ constraint: pe?.constraint }],
      },
    });
  }
  if (
    fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    return reply.status(400).send({ error: { code: 'http.malformed_json', message: 'the body is not valid JSON' } });
  }
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply.status(413).send({ error: { code: 'http.body_too_large', message: 'the body is too large' } });
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return reply
      .status(415)
      .send({ error: { code: 'http.unsupported_media_type', message: 'unsupported content type' } });
  }
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return reply.status(fe.statusCode).send({ error: { code: 'http.bad_request', message: error.message } });
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({ error: { code: 'internal', message: 'internal error' } });
}
