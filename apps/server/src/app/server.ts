import { randomUUID } from 'node:crypto';
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
import type { Config } from '../kernel/config.ts';
import type { Db } from '../kernel/db/connection.ts';
import { clientErrorHandler, commonErrors, errorHandler, frameworkErrors } from '../kernel/errors.ts';
import { createEventBus } from '../kernel/events.ts';
import { loginFirst, nulPath } from '../kernel/http.ts';
import { serialiseError } from '../kernel/log.ts';
import { createModules, type PlatformModules } from './modules.ts';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Fastify's router limit for one path parameter (its default `maxParamLength`). */
const MAX_PARAM_LENGTH = 100;

const decodedLength = (segment: string) => {
  try {
    return decodeURIComponent(segment).length;
  } catch {
    return segment.length;
  }
};

/** Vite's build output: `/assets/<name>-<hash>.<ext>`. */
const HASHED_ASSET = /^\/assets\/[^?]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\?|$)/;

export type ServerDeps = { config: Config; db: Db; clock?: Clock };

/**
 * Builds the Fastify app from its dependencies: the kernel (database, clock, settings, event bus), then every module of
 * app/modules.ts with its routes, hooks and event handlers. Nothing here opens connections or listens.
 */
export async function buildServer({ config, db, clock = systemClock }: ServerDeps): Promise<FastifyInstance> {
  const { app } = await buildPlatform({ config, db, clock });
  return app;
}

/** The app and the modules it was built from (the job runner takes their jobs). */
export async function buildPlatform({ config, db, clock = systemClock }: ServerDeps): Promise<{
  app: FastifyInstance;
  modules: PlatformModules;
}> {
  const events = createEventBus();
  const modules = createModules({ db, clock, config, events });
  for (const m of modules) for (const handler of m.handlers ?? []) events.on(handler);
  const app = Fastify({
    // Errors are logged without the statements and parameters of failed queries (kernel/log.ts).
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel, serializers: { err: serialiseError } },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy.length > 0 ? config.trustProxy : false,
    // node:crypto's randomUUID: the global (Web Crypto) one converts its arguments through WebIDL on every call,
    // 3% of the server's CPU per voucher acceptance in a V8 profile.
    genReqId: () => randomUUID(),
    // Refusals before a route is found (a path parameter over 100 characters, an address over Node's header limit)
    // answer in the error shape too.
    frameworkErrors,
    clientErrorHandler,
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
  }).withTypeProvider<ZodTypeProvider>();

  // A NUL byte can be neither stored nor searched (PostgreSQL refuses it in text and jsonb): it is refused with the
  // request's other validation errors, wherever it is, before a handler could drop or pass it on.
  app.setValidatorCompiler((route) => {
    const validate = validatorCompiler(route as Parameters<typeof validatorCompiler>[0]);
    return (data: unknown) => {
      const at = nulPath(data);
      if (at === null) return validate(data);
      return {
        error: commonErrors.validation('a value in the request contains a NUL byte', [
          { path: at, message: 'NUL byte', where: route.httpPart },
        ]),
      };
    };
  });
  // Responses are built by the services in the documented shapes; serialising them with JSON.stringify keeps
  // the response schemas as documentation without re-validating every reply.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    // Pages are answered with the app shell; a missing file (an old asset after a release, a typo) is a plain 404.
    const urlPath = request.url.split('?')[0] ?? '';
    // With the web app built, its wildcard route catches what the router refused for a path parameter over 100
    // characters: the answer is the router's own (414), not a missing page.
    if (urlPath.startsWith('/api/') && urlPath.split('/').some((segment) => decodedLength(segment) > MAX_PARAM_LENGTH))
      return reply
        .status(414)
        .send({ error: { code: 'http.uri_too_long', message: 'a part of the address is too long' } });
    if (urlPath.startsWith('/api/') || /\.[a-z0-9]+$/i.test(urlPath) || !existsSync(config.webDist)) {
      return reply.status(404).send({
        error: { code: 'http.not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` },
      });
    }
    return reply.type('text/html').sendFile('index.html');
  });
  app.addHook('onSend', async (request, reply) => {
    // The page shell must be fetched fresh so that a new release's hashed assets are picked up; the hashed assets
    // themselves never change under their name.
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html'))
      reply.header('cache-control', 'no-cache');
    else if (reply.statusCode === 200 && HASHED_ASSET.test(request.url))
      reply.header('cache-control', 'public, max-age=31536000, immutable');
    // Answers about a logged-in user's data stay out of every cache.
    if (request.actor && request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
    // The web app's pages run only this site's scripts; antd writes its styles inline. (The API docs page keeps the
    // Swagger UI's own needs and is left without the policy.)
    if (String(reply.getHeader('content-type') ?? '').startsWith('text/html') && !request.url.startsWith('/api/docs'))
      reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    if (config.session.cookieSecure) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()');
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

  // Raw bodies (workbooks, uploaded files) are parsed only in the scopes of the routes that take them
  // (kernel/http.ts rawBodyScope); anywhere else they are refused 415.
  for (const m of modules) await m.setup?.(app);
  await app.register(
    async (root) => {
      root.addHook('onRoute', loginFirst);
      for (const m of modules) for (const routes of m.rootRoutes ?? []) await root.register(routes);
    },
    { prefix: '/api' },
  );
  await app.register(
    async (v1) => {
      // Login is checked before the body is read or validated on every route that needs a session.
      v1.addHook('onRoute', loginFirst);
      for (const m of modules) for (const routes of m.routes ?? []) await v1.register(routes);
    },
    { prefix: '/api/v1' },
  );

  if (existsSync(config.webDist)) {
    await app.register(fastifyStatic, {
      root: path.resolve(config.webDist),
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      maxAge: '1h',
      // The build writes .br and .gz beside each file (apps/web/vite.config.ts): they are sent as they are, and
      // @fastify/compress leaves an encoded answer alone; files without them are compressed per answer.
      preCompressed: true,
    });
  }
  return { app, modules };
}
