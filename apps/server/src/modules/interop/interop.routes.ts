import {
  errorBodySchema,
  interopConfirmBodySchema,
  interopConfirmSchema,
  interopHoldBodySchema,
  interopHoldSchema,
  interopReleaseBodySchema,
  interopReleaseSchema,
  interopVerifyBodySchema,
  interopVoucherSchema,
} from '@cz/shared';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Tx } from '../../kernel/db/connection.ts';
import { AppError } from '../../kernel/errors.ts';
import type { InteropService, SignedRequest } from './interop.service.ts';
import { HEADERS } from './interop.signing.ts';

const verifyBody = interopVerifyBodySchema;
const holdBody = interopHoldBodySchema;
const confirmBody = interopConfirmBodySchema;
const releaseBody = interopReleaseBodySchema;

/**
 * What the machine API does with a voucher, provided by the voucher module: this module carries the requests (signed,
 * replay-proof, idempotent) and knows nothing of vouchers.
 */
export type PartnerVoucherOperations = {
  verify: (region: string, body: z.infer<typeof verifyBody>) => Promise<unknown>;
  hold: (tx: Tx, region: string, body: z.infer<typeof holdBody>) => Promise<unknown>;
  confirm: (tx: Tx, region: string, body: z.infer<typeof confirmBody>) => Promise<unknown>;
  release: (tx: Tx, region: string, body: z.infer<typeof releaseBody>) => Promise<unknown>;
};

function signed(request: FastifyRequest): SignedRequest {
  const h = request.headers;
  return {
    method: request.method,
    path: (request.url.split('?')[0] ?? '') as string,
    region: h[HEADERS.region] as string | undefined,
    timestamp: h[HEADERS.timestamp] as string | undefined,
    signature: h[HEADERS.signature] as string | undefined,
    body: (request as FastifyRequest & { rawBody?: string }).rawBody ?? '',
  };
}

function parse<T>(schema: z.ZodType<T>, request: FastifyRequest): T {
  const r = schema.safeParse(request.body);
  if (!r.success)
    throw new AppError(
      'http.validation',
      400,
      'request is invalid',
      r.error.issues.map((i) => ({ path: `/${i.path.join('/')}`, message: i.message })),
    );
  return r.data;
}

/**
 * The machine API of 通用通兑 under /api/v1/interop/vouchers (docs/INTEROP.md). Requests are signed by the calling
 * region; the JSON body is kept as received so that its signature can be checked byte for byte.
 */
export function interopRoutes({
  interop,
  vouchers,
}: {
  interop: InteropService;
  vouchers: PartnerVoucherOperations;
}): FastifyPluginAsync {
  return async (app) => {
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
      (request as FastifyRequest & { rawBody?: string }).rawBody = body as string;
      try {
        done(null, body === '' ? {} : JSON.parse(body as string));
      } catch (err) {
        done(err as Error, undefined);
      }
    });
    const change = (action: 'hold' | 'confirm' | 'release') => async (request: FastifyRequest, reply: FastifyReply) => {
      const r = signed(request);
      const region = await interop.authenticate(r);
      const key = request.headers[HEADERS.idempotency] as string | undefined;
      const result = await interop.idempotent(region, key, r, (tx) =>
        action === 'hold'
          ? vouchers.hold(tx, region, parse(holdBody, request))
          : action === 'confirm'
            ? vouchers.confirm(tx, region, parse(confirmBody, request))
            : vouchers.release(tx, region, parse(releaseBody, request)),
      );
      return reply.status(result.status).send(result.body);
    };
    // The bodies are parsed by the handlers (after the signature check), so only the answers are declared here: a
    // refusal is the usual error body, and a repeated idempotency key gets the stored answer again.
    const doc = (summary: string, answer: z.ZodType) => ({
      schema: {
        tags: ['interop'],
        summary,
        security: [{ interopSignature: [] }],
        response: {
          200: answer,
          400: errorBodySchema,
          401: errorBodySchema,
          404: errorBodySchema,
          409: errorBodySchema,
        },
      },
    });
    app.post(
      '/interop/vouchers/verify',
      doc(
        'Verify a voucher with its holder’s redemption code or an existing hold: balance, coverage, validity, categories (signed)',
        interopVoucherSchema,
      ),
      async (request) => {
        const region = await interop.authenticate(signed(request));
        return vouchers.verify(region, parse(verifyBody, request));
      },
    );
    app.post(
      '/interop/vouchers/hold',
      doc('Hold an amount of a voucher for an order at a partner provider (signed, idempotent)', interopHoldSchema),
      change('hold'),
    );
    app.post(
      '/interop/vouchers/confirm',
      doc(
        'Confirm a hold when the order completes: the amount is owed to the partner region (signed, idempotent)',
        interopConfirmSchema,
      ),
      change('confirm'),
    );
    app.post(
      '/interop/vouchers/release',
      doc('Release a hold when the order is cancelled (signed, idempotent)', interopReleaseSchema),
      change('release'),
    );
  };
}
