import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './harness.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who sends a request: a session cookie (`cz_session=…`), or anything carrying one (what the factories return). */
export type As = string | { cookie: string };

export type RequestOptions = {
  /** Sends the request with this session; without it the request is anonymous. */
  as?: As | undefined;
  /** Extra headers (content-type of a raw body, origin, …); they win over the cookie header. */
  headers?: Record<string, string>;
};

/**
 * A JSON body (an object, serialised by inject with `content-type: application/json`), or a raw Buffer or string
 * (give its content-type in `headers`). `undefined` sends no body.
 */
export type Body = object | string | Buffer | undefined;

export type Client = {
  get(url: string, opts?: RequestOptions): Promise<LightMyRequestResponse>;
  delete(url: string, opts?: RequestOptions): Promise<LightMyRequestResponse>;
  post(url: string, body?: Body, opts?: RequestOptions): Promise<LightMyRequestResponse>;
  put(url: string, body?: Body, opts?: RequestOptions): Promise<LightMyRequestResponse>;
  patch(url: string, body?: Body, opts?: RequestOptions): Promise<LightMyRequestResponse>;
  request(method: Method, url: string, body?: Body, opts?: RequestOptions): Promise<LightMyRequestResponse>;
};

const cookieOfAs = (as: As | undefined) => (as === undefined ? undefined : typeof as === 'string' ? as : as.cookie);

/**
 * The one request helper of the server tests: `app.inject()` with the session cookie and body set the same way
 * everywhere. Takes the test app, or a function returning it (the usual `let t` assigned in `beforeAll`):
 *
 *     const api = client(() => t);
 *     await api.get('/api/v1/orders', { as: e.cookie });
 *     await api.post(`/api/v1/orders/${id}/quote`, { amount: 100 }, { as: p });
 */
export function client(app: TestApp | (() => TestApp)): Client {
  const get = typeof app === 'function' ? app : () => app;
  const request = (method: Method, url: string, body?: Body, opts: RequestOptions = {}) => {
    const cookie = cookieOfAs(opts.as);
    return get().app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...opts.headers },
      ...(body === undefined ? {} : { payload: body }),
    });
  };
  return {
    get: (url, opts) => request('GET', url, undefined, opts),
    delete: (url, opts) => request('DELETE', url, undefined, opts),
    post: (url, body, opts) => request('POST', url, body, opts),
    put: (url, body, opts) => request('PUT', url, body, opts),
    patch: (url, body, opts) => request('PATCH', url, body, opts),
    request,
  };
}
