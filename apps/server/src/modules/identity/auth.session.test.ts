import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { client } from '../../../test/request.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
const api = client(() => t);

describe('the session probe', () => {
  it('answers a visitor 200 with no user, so the portal makes no failing request', async () => {
    const res = await api.get('/api/v1/auth/session');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ me: null });
    // /auth/me keeps its contract: 401 without a session.
    expect((await api.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('answers a logged-in user with who they are', async () => {
    const { cookie, user } = await enterpriseWithUser(t);
    const res = await api.get('/api/v1/auth/session', { as: cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().me).toMatchObject({ id: user.id, username: user.username });
  });
});
