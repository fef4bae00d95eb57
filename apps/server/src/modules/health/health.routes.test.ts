import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { healthRoutes } from './health.routes.ts';

describe('the health check while the database is away', () => {
  it('says the database is down without its error text to anonymous callers, and with it to administrators', async () => {
    // Port 9 (discard) on loopback: nothing answers there.
    const pool = new pg.Pool({
      connectionString: 'postgres://nobody@127.0.0.1:9/none',
      connectionTimeoutMillis: 2_000,
    });
    pool.on('error', () => {});
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(() => (data) => JSON.stringify(data));
    app.decorateRequest('actor', null);
    let role: 'admin' | null = null;
    app.addHook('onRequest', async (request) => {
      request.actor = role ? { userId: 1, role, orgId: null, department: null, ip: null, requestId: null } : null;
    });
    await app.register(healthRoutes({ pool }), { prefix: '/api' });
    try {
      const anonymous = await app.inject({ method: 'GET', url: '/api/health' });
      expect(anonymous.statusCode).toBe(503);
      expect(anonymous.json()).toEqual({ status: 'degraded', database: 'down' });
      role = 'admin';
      const admin = await app.inject({ method: 'GET', url: '/api/health' });
      expect(admin.statusCode).toBe(503);
      expect(typeof admin.json().error).toBe('string');
    } finally {
      await app.close();
      await pool.end();
    }
  });
});
