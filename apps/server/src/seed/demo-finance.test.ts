import { CASE_STATUSES, FINANCE_NEED_STATUSES, PRODUCT_KINDS, PRODUCT_STATUSES } from '@cz/shared/finance';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { client } from '../../test/request.ts';
import { DEMO_PASSWORD, seedDemo } from './demo.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.db, { thisYear: 2026, uploadDir: t.config.uploadDir });
});
afterAll(() => t.close());
const api = client(() => t);
const as = (username: string) => login(t, username, DEMO_PASSWORD);
const column = async (q: ReturnType<typeof sql>) => (await t.db.execute(q)).rows.map((r) => Object.values(r)[0]);

describe('the 科技金融 demo', () => {
  it('lists at least eight fictional institutions and 25 products of every kind and label, most of them published', async () => {
    const institutions = await api.get('/api/v1/finance/institutions?pageSize=50');
    expect(institutions.json().total).toBeGreaterThanOrEqual(8);
    expect(institutions.json().items.every((i: { name: string }) => i.name.startsWith('示例'))).toBe(true);
    const kinds = await column(sql`SELECT DISTINCT kind FROM finance_products WHERE status = 'published'`);
    expect([...kinds].sort()).toEqual([...PRODUCT_KINDS].sort());
    const statuses = await column(sql`SELECT DISTINCT status FROM finance_products`);
    expect([...statuses].sort()).toEqual([...PRODUCT_STATUSES].sort());
    expect((await api.get('/api/v1/finance/products?pageSize=200')).json().total).toBeGreaterThanOrEqual(20);
    expect(Number((await column(sql`SELECT count(*) FROM finance_products`))[0])).toBeGreaterThanOrEqual(25);
    const labels = await column(sql`SELECT DISTINCT unnest(labels) FROM finance_products WHERE status = 'published'`);
    const known = await column(sql`SELECT code FROM finance_labels`);
    expect([...labels].sort()).toEqual([...known].sort());
  });

  it('holds 60 needs in every status, every one pushed, and loan cases at every step', async () => {
    const needs = await column(sql`SELECT DISTINCT status FROM finance_needs`);
    expect([...needs].sort()).toEqual([...FINANCE_NEED_STATUSES].sort());
    expect(Number((await column(sql`SELECT count(*) FROM finance_needs`))[0])).toBe(60);
    const cases = await column(sql`SELECT DISTINCT status FROM finance_cases`);
    expect([...cases].sort()).toEqual([...CASE_STATUSES].sort());
    // Every need pushed somewhere, and a funded one has a disbursed case.
    expect(
      Number(
        (
          await column(sql`SELECT count(*) FROM finance_needs n WHERE NOT EXISTS (
        SELECT 1 FROM finance_pushes p WHERE p.need_id = n.id)`)
        )[0],
      ),
    ).toBe(0);
    expect(
      Number(
        (
          await column(sql`SELECT count(*) FROM finance_needs n WHERE n.status = 'funded' AND NOT EXISTS (
        SELECT 1 FROM finance_cases c WHERE c.need_id = n.id AND c.disbursed_fen IS NOT NULL)`)
        )[0],
      ),
    ).toBe(0);
  });

  it('gives each demo account its side: the bank its pushed needs, the enterprise its needs and consents, the office its queue', async () => {
    const bank = await as('finance');
    expect((await api.get('/api/v1/finance/institutions/mine', { as: bank })).json().name).toBe('示例科技银行长治分行');
    expect((await api.get('/api/v1/finance/needs?scope=pushed', { as: bank })).json().total).toBeGreaterThan(10);
    expect((await api.get('/api/v1/finance/cases?scope=institution', { as: bank })).json().total).toBeGreaterThan(5);
    const consents = await api.get('/api/v1/finance/consents?scope=received', { as: bank });
    const active = consents.json().items.find((c: { active: boolean }) => c.active);
    const facts = await api.get(`/api/v1/finance/enterprises/${active.orgId}/facts`, { as: bank });
    expect(facts.statusCode, facts.body).toBe(200);
    expect(facts.json().scopes.sort()).toEqual(['indicators', 'ip']);

    const ent = await as('enterprise');
    const mine = await api.get('/api/v1/finance/needs?scope=mine&pageSize=50', { as: ent });
    expect(new Set(mine.json().items.map((n: { status: string }) => n.status)).size).toBeGreaterThanOrEqual(5);
    expect((await api.get('/api/v1/finance/consent-reads', { as: ent })).json().total).toBeGreaterThanOrEqual(3);

    const office = await as('finoffice');
    const queue = await api.get('/api/v1/finance/products?scope=all&status=submitted', { as: office });
    expect(queue.json().total).toBeGreaterThanOrEqual(1);
    const work = await api.get('/api/v1/workbench', { as: office });
    expect(work.json().items.map((i: { key: string }) => i.key)).toEqual(
      expect.arrayContaining(['finance.products', 'finance.overdue']),
    );
  });

  it('holds a funded pool with claims at several steps, IP pledges, two 对接 events and a guide fund with sub-funds', async () => {
    const office = await as('finoffice');
    const pool = (await api.get('/api/v1/finance/pools/1', { as: office })).json();
    expect(pool.members).toBeGreaterThan(0);
    const funded = Number((await column(sql`SELECT sum(amount_fen) FROM finance_pool_entries WHERE kind = 'fund'`))[0]);
    expect(pool.availableFen + pool.committedFen + pool.paidFen).toBe(funded);
    const claims = (await api.get('/api/v1/finance/pool-claims?scope=all', { as: office })).json().items;
    expect(new Set(claims.map((c: { status: string }) => c.status)).size).toBeGreaterThanOrEqual(2);
    const pledges = (await api.get('/api/v1/finance/pledges?scope=all', { as: office })).json().items;
    expect(pledges.length).toBeGreaterThanOrEqual(2);
    const events = (await api.get('/api/v1/finance/events', { as: office })).json().items;
    expect(events.map((e: { status: string }) => e.status).sort()).toEqual(['held', 'planned']);
    expect(events.find((e: { status: string }) => e.status === 'held').yield.held).toBe(4);
    const funds = (await api.get('/api/v1/finance/funds')).json().items;
    expect(funds.find((f: { kind: string }) => f.kind === 'guide').subFunds).toHaveLength(2);
    const bank = await as('finance');
    expect((await api.get('/api/v1/finance/events', { as: bank })).json().items).toHaveLength(2);
  });
});
