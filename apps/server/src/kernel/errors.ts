import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDatabaseUnavailable, pgError } from './db/pg-error.ts';

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
const PG_ERRORS: Record<string, { code: string; status: number; message?: string }> = {
  // A transaction aborted as a deadlock victim or for a serialization failure (after its one retry): try again.
  '40P01': { code: 'db.busy', status: 409, message: 'the change collided with another one; try again' },
  '40001': { code: 'db.busy', status: 409, message: 'the change collided with another one; try again' },
  '23505': { code: 'db.conflict', status: 409 },
  '23503': { code: 'db.reference', status: 409 },
  '23514': { code: 'db.check_violation', status: 422 },
  '23P01': { code: 'db.conflict', status: 409 },
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
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ sqlstate: pgError(error)?.code }, 'database unavailable');
    return reply
      .status(503)
      .header('retry-after', '5')
      .send({ error: { code: 'db.unavailable', message: 'the database is not reachable; try again shortly' } });
  }
  const pe = pgError(error);
  // Data exceptions (class 22: a NUL byte, a number out of range, an impossible date) mean the request carried a
  // value PostgreSQL cannot store or compare: the caller's mistake. Only the SQLSTATE is logged, never the statement
  // or its parameters.
  if (pe?.code.startsWith('22')) {
    request.log.info({ sqlstate: pe.code }, 'request value refused by the database');
    return reply
      .status(400)
      .send({ error: { code: 'http.validation', message: 'a value in the request is not valid' } });
  }
  const pgMapped = pe ? PG_ERRORS[pe.code] : undefined;
  if (pgMapped) {
    // The SQLSTATE and constraint say what happened; the statement and its parameters stay out of the log.
    request.log.warn({ sqlstate: pe?.code, constraint: pe?.constraint }, 'database refused the change');
    return reply.status(pgMapped.status).send({
      error: {
        code: pgMapped.code,
        message: pgMapped.message ?? 'the change conflicts with existing data',
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

/**
 * Fastify's own refusals before a route is found (`frameworkErrors`): a path parameter over the router's limit of 100
 * characters, or a path that does not decode; answered in the error shape like every other error.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH')
    return reply
      .status(414)
      .send({ error: { code: 'http.uri_too_long', message: 'a part of the address is too long' } });
  if (error.code === 'FST_ERR_BAD_URL')
    return reply.status(400).send({ error: { code: 'http.bad_url', message: 'the address is not valid' } });
  return reply.status(400).send({ error: { code: 'http.bad_request', message: 'bad request' } });
}

/**
 * What Node's HTTP parser refuses before Fastify sees a request (`clientErrorHandler`): an address or headers over the
 * size limit, a request that took too long, a request that is not HTTP. The answer is written to the socket in the
 * error shape, then the connection is closed.
 */
export function clientErrorHandler(err: Error & { code?: string }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, body] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [
          431,
          'Request Header Fields Too Large',
          { code: 'http.headers_too_large', message: 'the address or the headers are too long' },
        ]
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', { code: 'http.timeout', message: 'the request took too long' }]
        : [400, 'Bad Request', { code: 'http.bad_request', message: 'the request is not valid HTTP' }];
  const json = JSON.stringify({ error: body });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(json)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${json}`,
    );
  socket.destroy(err);
}
