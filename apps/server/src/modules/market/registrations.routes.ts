import { errorBodySchema, fileResponse, idParamSchema } from '@cz/shared';
import {
  marketSettingsSchema,
  registrationDecisionSchema,
  registrationListQuerySchema,
  registrationPageSchema,
  registrationSchema,
  registrationSupplySchema,
  registrationVerifySchema,
} from '@cz/shared/market';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../kernel/config.ts';
import { ANYONE } from '../../kernel/http.ts';
import { certificatePdf, verifyUrl } from './certificate.ts';
import type { RegistrationService } from './registrations.service.ts';
import type { SettingsService } from './settings.service.ts';

const errors = { 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };

/** 技术合同认定登记: application, the registration point's decisions, certificates and their verification; settings. */
export function registrationRoutes({
  registrations,
  settings,
  config,
}: {
  registrations: RegistrationService;
  settings: SettingsService;
  config: Pick<Config, 'publicUrl'>;
}): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['market'];
    app.get('/market/registrations', {
      schema: {
        tags,
        summary: "My organisation's registrations (scope=all: the registration point's list, nearest deadline first)",
        querystring: registrationListQuerySchema,
        response: { 200: registrationPageSchema, 403: errorBodySchema },
      },
      handler: async (request) => registrations.list(request.actor, request.query),
    });
    app.post('/market/contracts/:id/registration', {
      schema: {
        tags,
        summary: 'The seller applies once for 技术合同认定登记 of a signed contract',
        params: idParamSchema,
        response: { 201: registrationSchema, ...errors },
      },
      handler: async (request, reply) =>
        reply.status(201).send(await registrations.apply(request.actor, request.params.id)),
    });
    app.get('/market/registrations/:id', {
      schema: {
        tags,
        summary: 'A registration with its deadline and the tax treatment it opens',
        params: idParamSchema,
        response: { 200: registrationSchema, 404: errorBodySchema },
      },
      handler: async (request) => registrations.get(request.actor, request.params.id),
    });
    app.post('/market/registrations/:id/decision', {
      schema: {
        tags,
        summary: 'The registration point: register, refuse (未予登记) with a reason code, or return for materials',
        params: idParamSchema,
        body: registrationDecisionSchema,
        response: { 200: registrationSchema, ...errors, 422: errorBodySchema },
      },
      handler: async (request) => registrations.decide(request.actor, request.params.id, request.body),
    });
    app.post('/market/registrations/:id/supply', {
      schema: {
        tags,
        summary: 'The seller supplies the missing materials; the time limit starts again',
        params: idParamSchema,
        body: registrationSupplySchema,
        response: { 200: registrationSchema, ...errors },
      },
      handler: async (request) => registrations.supply(request.actor, request.params.id, request.body),
    });
    app.get('/market/registrations/:id/certificate.pdf', {
      schema: {
        tags,
        summary: 'The registration certificate (PDF with a verification QR code)',
        params: idParamSchema,
        response: { 200: fileResponse('The certificate as PDF', ['application/pdf']), ...errors },
      },
      handler: async (request, reply) => {
        const { registration: r, verifyCode } = await registrations.forCertificate(request.actor, request.params.id);
        const s = await settings.get();
        const body = await certificatePdf(
          r,
          { url: verifyUrl(config.publicUrl, r.number as string, verifyCode), code: verifyCode },
          `长治高新区技术合同登记站（${s.provinceCode}${s.cityCode}${s.pointCode}）`,
        );
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="contract-registration-${r.number}.pdf"`)
          .send(body);
      },
    });
    app.get('/market/registrations/verify/:number', {
      schema: {
        tags,
        summary: "Check a certificate: its number and verification code against the platform's record (public)",
        security: ANYONE(),
        params: z.object({ number: z.string().regex(/^\d{6,20}$/) }),
        querystring: z.object({ code: z.string().regex(/^[0-9A-Za-z]{10}$/) }),
        response: { 200: registrationVerifySchema, 404: errorBodySchema },
      },
      handler: async (request) => registrations.verify(request.params.number, request.query.code),
    });
    app.get('/market/settings', {
      schema: {
        tags,
        summary: 'The notice period, registration time limits, number layout and refusal reasons',
        response: { 200: marketSettingsSchema },
      },
      handler: async () => settings.get(),
    });
    app.put('/market/settings', {
      schema: {
        tags,
        summary: 'Change the market settings (the administration)',
        body: marketSettingsSchema,
        response: { 200: marketSettingsSchema, 403: errorBodySchema },
      },
      handler: async (request) => settings.update(request.actor, request.body),
    });
  };
}
