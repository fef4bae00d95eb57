import { describe, expect, it } from 'vitest';
import { compensationOf, DEFAULT_POOL_PARAMS, type LossFacts, poolParamsSchema } from './compensation.ts';

const loss = (over: Partial<LossFacts> = {}): LossFacts => ({
  lossFen: 100_000_000,
  guaranteed: false,
  firstLoan: false,
  pureCredit: false,
  ipPledge: false,
  ...over,
});

describe('risk compensation (30 % direct, 20 % guaranteed, +5 points each, at most 80 %)', () => {
  it.each([
    ['a direct loan', loss(), 30, 30_000_000],
    ['a guaranteed loan', loss({ guaranteed: true }), 20, 20_000_000],
    ['a direct first loan', loss({ firstLoan: true }), 35, 35_000_000],
    ['a direct pure-credit first loan', loss({ firstLoan: true, pureCredit: true }), 40, 40_000_000],
    ['a guaranteed IP-pledge first loan', loss({ guaranteed: true, firstLoan: true, ipPledge: true }), 30, 30_000_000],
    ['all three bonuses on a direct loan', loss({ firstLoan: true, pureCredit: true, ipPledge: true }), 45, 45_000_000],
  ])('%s: %i %% of the loss', (_, facts, pct, amount) => {
    const c = compensationOf(DEFAULT_POOL_PARAMS, facts);
    expect(c.pct).toBe(pct);
    expect(c.amountFen).toBe(amount);
    expect(c.capped).toBe(false);
  });

  it('caps the share: 70 % base and three 5-point bonuses give 80 %, not 85 %', () => {
    const c = compensationOf(
      { ...DEFAULT_POOL_PARAMS, directPct: 70 },
      loss({ firstLoan: true, pureCredit: true, ipPledge: true }),
    );
    expect(c.pct).toBe(80);
    expect(c.capped).toBe(true);
    expect(c.amountFen).toBe(80_000_000);
    expect(c.lines.at(-1)?.zh).toBe('不超过上限 80%');
  });

  it('is not capped exactly at the cap: 65 % + 15 points is 80 %', () => {
    const c = compensationOf(
      { ...DEFAULT_POOL_PARAMS, directPct: 65 },
      loss({ firstLoan: true, pureCredit: true, ipPledge: true }),
    );
    expect([c.pct, c.capped]).toEqual([80, false]);
  });

  it('rounds down to the fen: 30 % of 1 fen is nothing, of 333 fen is 99 fen', () => {
    expect(compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: 1 })).amountFen).toBe(0);
    expect(compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: 333 })).amountFen).toBe(99);
    expect(compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: 0 })).amountFen).toBe(0);
  });

  it('is exact for losses beyond 2^53 / 100 fen', () => {
    const big = Number.MAX_SAFE_INTEGER; // 9007199254740991
    expect(compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: big })).amountFen).toBe(2702159776422297);
  });

  it('refuses a loss that is not whole fen', () => {
    expect(() => compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: 1.5 }))).toThrow(RangeError);
    expect(() => compensationOf(DEFAULT_POOL_PARAMS, loss({ lossFen: -1 }))).toThrow(RangeError);
  });

  it('explains every point', () => {
    const c = compensationOf(DEFAULT_POOL_PARAMS, loss({ guaranteed: true, pureCredit: true }));
    expect(c.lines.map((l) => l.zh)).toEqual(['担保贷款基础比例 20%', '纯信用贷款 +5 个百分点']);
  });

  it('refuses parameters whose base share passes the cap', () => {
    expect(poolParamsSchema.safeParse({ ...DEFAULT_POOL_PARAMS, directPct: 90 }).success).toBe(false);
    expect(poolParamsSchema.safeParse(DEFAULT_POOL_PARAMS).success).toBe(true);
  });
});
