import { DEFAULT_POOL_PARAMS } from '@cz/shared/finance';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminCookie, enterpriseWithUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seed } from '../../../test/seed.ts';
import { fixedClock } from '../../kernel/clock.ts';
import { financeKit, refused } from './finance.test-kit.ts';

// Friday 2026-03-27, 10:00 in Shanghai.
const clock = fixedClock(new Date('2026-03-27T02:00:00Z'));
let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp({ clock });
  admin = (await adminCookie(t)).cookie;
});
afterAll(() => t.close());
const { api, institution, published, nonPerformingLoan } = financeKit(() => ({ t, admin }));

describe('a risk-compensation pool: whitelist by rule, a claim for a bad loan, approved from the budget and paid', () => {
  it('compensates a whitelisted first loan at 40 %, from the budget alone, once', async () => {
    const bank = await institution('示例风险池合作银行');
    await published(bank.cookie, { name: '示例池内信用贷' });
    const big = await enterpriseWithUser(t);
    const small = await enterpriseWithUser(t);
    await seed(t, {
      orgIndicators: [
        { org: big.org.id, year: 2025, revenue: 900_000_000 },
        { org: small.org.id, year: 2025, revenue: 100_000_000 },
      ],
    });
    const created = await api.post(
      '/api/v1/finance/pools',
      {
        name: '示例科技信贷风险补偿资金池',
        admission: { all: [{ fact: 'org.revenueFen', op: 'gte', value: 500_000_000 }] },
        params: DEFAULT_POOL_PARAMS,
        institutionIds: [bank.org.id],
      },
      { as: admin },
    );
    expect(created.statusCode, created.body).toBe(201);
    const poolId = created.json().id;
    expect((await api.post('/api/v1/finance/pools', created.json(), { as: bank.cookie })).statusCode).toBe(403);
    const listed = await api.post(`/api/v1/finance/pools/${poolId}/whitelist`, {}, { as: admin });
    expect(listed.json().members).toBeGreaterThanOrEqual(1);
    const members = (await api.get(`/api/v1/finance/pools/${poolId}/members?pageSize=200`, { as: admin })).json();
    const ids = members.items.map((m: { orgId: number }) => m.orgId);
    expect(ids).toContain(big.org.id);
    expect(ids).not.toContain(small.org.id);
    await api.post(`/api/v1/finance/pools/${poolId}/fund`, { amountFen: 10_000_000 }, { as: admin });

    const bad = await nonPerformingLoan(bank.cookie, big.cookie, 100_000_000, '2026-03-27');
    const outside = await nonPerformingLoan(bank.cookie, small.cookie, 100_000_000, '2026-03-27');
    const claim = (body: Record<string, unknown>) =>
      api.post(`/api/v1/finance/pools/${poolId}/claims`, body, { as: bank.cookie });
    const flags = { guaranteed: false, pureCredit: true, ipPledge: false };
    expect((await claim({ caseId: bad, lossFen: 100_000_001, ...flags })).json().error.code).toBe(
      'finance.loss_over_loan',
    );
    expect((await claim({ caseId: outside, lossFen: 50_000_000, ...flags })).json().error.code).toBe(
      'finance.not_whitelisted',
    );
    const submitted = await claim({ caseId: bad, lossFen: 50_000_000, ...flags });
    expect(submitted.statusCode, submitted.body).toBe(201);
    // 30 % direct + 5 first loan + 5 pure credit = 40 % of 50万元.
    expect(submitted.json()).toMatchObject({ status: 'submitted', firstLoan: true, pct: 40, amountFen: 20_000_000 });
    expect((await claim({ caseId: bad, lossFen: 50_000_000, ...flags })).json().error.code).toBe(
      'finance.already_claimed',
    );
    const claimId = submitted.json().id;
    const decide = (action: string, note = '') =>
      api.post(`/api/v1/finance/pool-claims/${claimId}/decision`, { action, note }, { as: admin });
    expect((await decide('approve')).json().error.code).toBe('finance.claim_state');
    expect((await decide('review', '材料齐全')).json().status).toBe('reviewed');
    // The pool holds 10万元; the claim needs 20万元.
    const short = await decide('approve');
    expect([short.statusCode, short.json().error.code]).toEqual([409, 'finance.pool_short']);
    await api.post(`/api/v1/finance/pools/${poolId}/fund`, { amountFen: 90_000_000 }, { as: admin });
    expect((await decide('approve')).json()).toMatchObject({ status: 'approved', amountFen: 20_000_000 });
    expect((await api.get(`/api/v1/finance/pools/${poolId}`, { as: admin })).json()).toMatchObject({
      availableFen: 80_000_000,
      committedFen: 20_000_000,
      paidFen: 0,
    });
    expect((await decide('pay')).json().status).toBe('paid');
    expect((await decide('pay')).statusCode).toBe(409);
    expect((await api.get(`/api/v1/finance/pools/${poolId}`, { as: admin })).json()).toMatchObject({
      availableFen: 80_000_000,
      committedFen: 0,
      paidFen: 20_000_000,
    });
    const mine = await api.get('/api/v1/finance/pool-claims?scope=institution', { as: bank.cookie });
    expect(mine.json().items.map((c: { id: number }) => c.id)).toEqual([claimId]);

    // The money moves only through entries, each claim committed and paid once.
    await refused(
      t.db.execute(sql`UPDATE finance_pools SET available_fen = 1 WHERE id = ${poolId}`),
      /balances move only/,
    );
    await refused(t.db.execute(sql`DELETE FROM finance_pool_entries WHERE pool_id = ${poolId}`), /append-only/);
    await refused(
      t.db.execute(sql`INSERT INTO finance_pool_entries (pool_id, kind, amount_fen, claim_id)
                       VALUES (${poolId}, 'pay', 1, ${claimId})`),
      /finance_pool_entries_once/,
    );
    await refused(
      t.db.execute(sql`UPDATE finance_pool_claims SET amount_fen = 1 WHERE id = ${claimId}`),
      /approved amount is fixed|finance_pool_claims/,
    );
    const sums = await t.db.execute(sql`
      SELECT sum(amount_fen) FILTER (WHERE kind = 'fund')::bigint AS funded,
             sum(amount_fen) FILTER (WHERE kind = 'pay')::bigint AS paid
      FROM finance_pool_entries WHERE pool_id = ${poolId}`);
    expect(sums.rows[0]).toEqual({ funded: 100_000_000, paid: 20_000_000 });
  });

  it('marks a later loan of the same enterprise as not a first loan', async () => {
    const bank = await institution('示例第二家合作银行');
    await published(bank.cookie, { name: '示例第二信用贷' });
    const {
      users: [user],
    } = await seed(t, {
      organisations: [{ key: 'e', kind: 'enterprise' }],
      users: [{ role: 'enterprise', org: 'e', login: true }],
    });
    const pool = (
      await api.post(
        '/api/v1/finance/pools',
        { name: '示例普惠资金池', admission: null, params: DEFAULT_POOL_PARAMS },
        { as: admin },
      )
    ).json();
    await api.post(`/api/v1/finance/pools/${pool.id}/whitelist`, {}, { as: admin });
    const first = await nonPerformingLoan(bank.cookie, user.cookie, 20_000_000, '2026-03-20');
    const second = await nonPerformingLoan(bank.cookie, user.cookie, 20_000_000, '2026-03-27');
    const flags = { guaranteed: true, pureCredit: false, ipPledge: false };
    const a = await api.post(
      `/api/v1/finance/pools/${pool.id}/claims`,
      { caseId: first, lossFen: 10_000_000, ...flags },
      { as: bank.cookie },
    );
    const b = await api.post(
      `/api/v1/finance/pools/${pool.id}/claims`,
      { caseId: second, lossFen: 10_000_000, ...flags },
      { as: bank.cookie },
    );
    // Guaranteed: 20 %, +5 for the first loan only.
    expect([a.json().firstLoan, a.json().pct]).toEqual([true, 25]);
    expect([b.json().firstLoan, b.json().pct]).toEqual([false, 20]);
  });
});
