import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Clock, systemClock } from '../kernel/clock.ts';
import type { Db } from '../kernel/db/connection.ts';
import { errorHandler } from '../kernel/errors.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { createBookingRepository } from '../modules/booking/booking.repository.ts';
import { bookingRoutes } from '../modules/booking/booking.routes.ts';
import { createBookingService } from '../modules/booking/booking.service.ts';
import { createCatalogRepository } from '../modules/catalog/catalog.repository.ts';
import { catalogRoutes } from '../modules/catalog/catalog.routes.ts';
import { createCatalogService } from '../modules/catalog/catalog.service.ts';
import { healthRoutes } from '../modules/health/health.routes.ts';
import { registerAuthHooks } from '../modules/identity/auth.hooks.ts';
import { authRoutes } from '../modules/identity/auth.routes.ts';
import { createAuthService } from '../modules/identity/auth.service.ts';
import { createSessionRepository } from '../modules/identity/session.repository.ts';
import { usersRoutes } from '../modules/identity/users.routes.ts';
import { createUsersService } from '../modules/identity/users.service.ts';
import { createInstrumentRepository } from '../modules/instrument/instrument.repository.ts';
import { instrumentRoutes } from '../modules/instrument/instrument.routes.ts';
import { createInstrumentService } from '../modules/instrument/instrument.service.ts';
import { interopRoutes } from '../modules/interop/interop.routes.ts';
import { createInteropService } from '../modules/interop/interop.service.ts';
import { partnerRoutes, regionRoutes } from '../modules/interop/partners.routes.ts';
import { notificationRoutes } from '../modules/notification/notification.routes.ts';
import { createNotificationService } from '../modules/notification/notification.service.ts';
import { createOrderRepository } from '../modules/order/order.repository.ts';
import { orderRoutes } from '../modules/order/order.routes.ts';
import { createOrderService } from '../modules/order/order.service.ts';
import { affiliationRoutes, createAffiliationService } from '../modules/org/org.affiliations.ts';
import { createOrgImport } from '../modules/org/org.import.ts';
import { createOrgRepository } from '../modules/org/org.repository.ts';
import { orgRoutes, XLSX_TYPE } from '../modules/org/org.routes.ts';
import { createOrgService } from '../modules/org/org.service.ts';
import { createSharingRepository } from '../modules/sharing/sharing.repository.ts';
import { sharingRoutes } from '../modules/sharing/sharing.routes.ts';
import { createSharingService } from '../modules/sharing/sharing.service.ts';
import { uploadRoutes } from '../modules/upload/upload.routes.ts';
import { createUploadService, UPLOAD_TYPES } from '../modules/upload/upload.service.ts';
import { createApplicationService } from '../modules/voucher/application.service.ts';
import { createReimbursementService, reimbursementRoutes } from '../modules/voucher/reimbursement.service.ts';
import { voucherReportRoutes } from '../modules/voucher/report.service.ts';
import { createSchemeService } from '../modules/voucher/scheme.service.ts';
import { settlementRoutes } from '../modules/voucher/settlement.routes.ts';
import { createSettlementService } from '../modules/voucher/settlement.service.ts';
import { voucherExportRoutes } from '../modules/voucher/voucher.exports.ts';
import { voucherRoutes } from '../modules/voucher/voucher.routes.ts';
import { createVoucherOrderHooks, createVoucherService } from '../modules/voucher/voucher.service.ts';
import type { Config } from './config.ts';

/** Vite's build output: `/assets/<name>-<hash>.<ext>`. */
const HASHED_ASSET = /^\/assets\/[^?]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\?|$)/;

export type ServerDeps = { config: Config; db: Db; clock?: Clock };

/** Builds the Fastify app from its dependencies; nothing here opens connections or listens. */
export async function buildServer({ config, db, clock = systemClock }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by the services in the documented shapes; serialising them with JSON.stringify keeps
  // the response schemas as documentation without re-validating every reply.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    // Pages are answered with the app shell; a missing file (an old asset after a release, a typo) is a plain 404.
    const urlPath = request.url.split('?')[0] ?? '';
    if (urlPath.startsWith('/api/') || /\.[a-z0-9]+$/i.test(urlPath) || !existsSync(config.webDist)) {
      return reply.status(404).send({
        error: { code: 'http.not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  // Workbooks and uploaded files arrive as raw bodies of their own type.
  app.addContentTypeParser(
    [XLSX_TYPE, ...Object.keys(UPLOAD_TYPES)],
    { parseAs: 'buffer', bodyLimit: config.uploadLimit },
    (_req, body, done) => done(null, body),
  );
  app.addHook('onSend', async (request, reply) => {
    // The page shell must be fetched fresh so that a new release's hashed assets are picked up; the hashed assets
    // themselves never change under their name.
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('cache-control', 'no-cache');
    else if (reply.statusCode === 200 && HASHED_ASSET.test(request.url))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
  });

  // HTML, JavaScript, CSS and JSON answers are compressed (brotli first, then gzip) for the clients that accept it.
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: /^(text\/|application\/(json|javascript)|image\/svg\+xml)/,
  });
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '长治高新区双创综合服务平台 API',
        description:
          'Innovation & entrepreneurship service platform of the Changzhi High-tech Zone. Errors answer { error: { code, message, details } }.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cz_session' },
          interopSignature: {
            type: 'apiKey',
            in: 'header',
            name: 'X-Signature',
            description: 'HMAC-SHA256, see docs/INTEROP.md',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const sessions = createSessionRepository({ db });
  const orgs = createOrgRepository({ db });
  const auth = createAuthService({ db, config, clock, sessions, orgs });
  const users = createUsersService({ db, clock, orgs, sessions });
  const orgService = createOrgService({ db, orgs, clock });
  const orgImport = createOrgImport({ db, orgs, clock });
  const notifications = createNotificationService({ db });
  const uploads = createUploadService({ db, dir: config.uploadDir });
  const catalog = createCatalogRepository({ db });
  const catalogService = createCatalogService({ db, catalog, orgs, clock });
  const instruments = createInstrumentRepository({ db });
  const instrumentService = createInstrumentService({ db, instruments, catalog, orgs, clock });
  const orders = createOrderRepository({ db });
  const orderService = createOrderService({
    db,
    orders,
    catalog,
    orgs,
    clock,
    hooks: createVoucherOrderHooks({ ownRegion: config.regionCode, clock }),
  });
  const bookingService = createBookingService({
    db,
    clock,
    bookings: createBookingRepository({ db }),
    instruments,
    orders,
    orderService,
  });

  registerAuthHooks(app, { config, auth });
  // Expired sessions are refused on read; this only keeps the table small.
  let purge: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    purge = setInterval(() => {
      sessions
        .purgeExpired(clock.now(), config.session.idleMs)
        .catch((err) => app.log.warn({ err }, 'session purge failed'));
    }, 3_600_000);
    purge.unref();
  });
  app.addHook('onClose', async () => clearInterval(purge));
  await app.register(healthRoutes({ pool: db.$client }), { prefix: '/api' });
  await app.register(
    async (v1) => {
      await v1.register(authRoutes({ auth, config }));
      await v1.register(usersRoutes({ users }));
      await v1.register(orgRoutes({ orgService, orgs, orgImport, config }));
      await v1.register(affiliationRoutes({ affiliations: createAffiliationService({ db }) }));
      await v1.register(auditRoutes({ db }));
      await v1.register(notificationRoutes({ notifications }));
      await v1.register(uploadRoutes({ uploads, config }));
      await v1.register(catalogRoutes({ catalogService }));
      await v1.register(instrumentRoutes({ instrumentService }));
      await v1.register(orderRoutes({ orderService }));
      await v1.register(bookingRoutes({ bookingService }));
      const schemes = createSchemeService({ db, clock });
      const applications = createApplicationService({ db, clock });
      const vouchers = createVoucherService({ db });
      await v1.register(voucherRoutes({ schemes, applications, vouchers }));
      await v1.register(voucherExportRoutes({ vouchers, applications }));
      await v1.register(settlementRoutes({ settlement: createSettlementService({ db, clock }) }));
      await v1.register(interopRoutes({ interop: createInteropService({ db, clock }) }));
      await v1.register(partnerRoutes({ db }));
      await v1.register(regionRoutes({ db }));
      await v1.register(reimbursementRoutes({ reimbursements: createReimbursementService({ db, clock }) }));
      await v1.register(voucherReportRoutes({ db }));
      await v1.register(
        sharingRoutes({ sharingService: createSharingService({ db, sharing: createSharingRepository({ db }) }) }),
      );
    },
    { prefix: '/api/v1' },
  );

  if (existsSync(config.webDist)) {
    await app.register(fastifyStatic, {
      root: path.resolve(config.webDist),
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      maxAge: '1h',
    });
  }
  return app;
}
