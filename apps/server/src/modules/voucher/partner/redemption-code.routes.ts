import { errorBodySchema, idParamSchema, newRedemptionCodeSchema, redemptionCodeStatusSchema } from '@cz/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RedemptionCodes } from './redemption-code.ts';

/** The holder's redemption code of a voucher, which partner regions need to hold it (通兑). */
export function redemptionCodeRoutes({ codes }: { codes: RedemptionCodes }): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['vouchers'];
    app.get('/vouchers/:id/redemption-code', {
      schema: {
        tags,
        summary: "Whether the voucher's redemption code is set, and whether wrong codes have locked it (holder, admin)",
        params: idParamSchema,
        response: { 200: redemptionCodeStatusSchema, 404: errorBodySchema },
      },
      handler: async (request) => codes.status(request.actor, request.params.id),
    });
    app.post('/vouchers/:id/redemption-code', {
      schema: {
        tags,
        summary:
          'Set a new redemption code (holder): shown this once, the old one stops working and the lock is lifted',
        params: idParamSchema,
        response: { 200: newRedemptionCodeSchema, 404: errorBodySchema },
      },
      handler: async (request) => codes.regenerate(request.actor, request.params.id),
    });
  };
}
