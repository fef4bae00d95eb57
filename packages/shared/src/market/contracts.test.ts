import { describe, expect, it } from 'vitest';
import {
  CONTRACT_KIND_INFO,
  CONTRACT_KINDS,
  TECH_TRANSFER_EXEMPT_FEN,
  techTradeAmount,
  transferIncomeSplit,
  vatExemption,
} from './contracts.ts';

const W = 1_000_000; // 1万元 in fen

describe('技术交易额 = 成交额 − non-technical costs', () => {
  it('subtracts every cost line, to the fen', () => {
    expect(
      techTradeAmount(120 * W, [
        { kind: 'equipment', amountFen: 30 * W },
        { kind: 'materials', amountFen: 4 * W + 1 },
      ]),
    ).toEqual({ ok: true, contractFen: 120 * W, nonTechnicalFen: 34 * W + 1, techTradeFen: 86 * W - 1 });
  });
  it('is the whole amount without cost lines, and 0 when the costs take all of it', () => {
    expect(techTradeAmount(50 * W, [])).toMatchObject({ ok: true, techTradeFen: 50 * W });
    expect(techTradeAmount(50 * W, [{ kind: 'parts', amountFen: 50 * W }])).toMatchObject({
      ok: true,
      techTradeFen: 0,
    });
  });
  it('refuses costs above the amount, by one fen, and amounts that are not whole fen', () => {
    expect(techTradeAmount(50 * W, [{ kind: 'parts', amountFen: 50 * W + 1 }])).toMatchObject({
      ok: false,
      code: 'market.costs_exceed_amount',
    });
    expect(techTradeAmount(1.5, [])).toMatchObject({ ok: false, code: 'market.bad_amount' });
    expect(techTradeAmount(100, [{ kind: 'parts', amountFen: -1 }])).toMatchObject({
      ok: false,
      code: 'market.bad_amount',
    });
  });
});

describe('the five contract kinds', () => {
  it('each names its article of the 民法典', () => {
    expect(CONTRACT_KINDS).toHaveLength(5);
    for (const k of CONTRACT_KINDS) expect(CONTRACT_KIND_INFO[k].article).toMatch(/^《民法典》第八百/);
  });
});

describe('VAT exemption of a registered contract (财税〔2016〕36号)', () => {
  it.each([
    ['transfer', true, false, true],
    ['licence', true, false, true],
    ['development', true, false, true],
    ['consulting', true, false, false],
    ['consulting', true, true, true],
    ['service', true, true, true],
    ['service', true, false, false],
    ['transfer', false, false, false],
    ['development', false, false, false],
  ] as const)('%s, registered %s, with a transfer or development %s → %s', (kind, registered, attached, exempt) => {
    const b = vatExemption(kind, registered, attached);
    expect(b !== null).toBe(exempt);
    if (b) expect(b.cite.article).toContain('（二十六）');
  });
});

describe('技术转让所得 and corporate income tax', () => {
  it('exempts up to 500万元 and halves the tax above, both sides of the line', () => {
    expect(transferIncomeSplit(TECH_TRANSFER_EXEMPT_FEN)).toMatchObject({ exemptFen: 500 * W, halvedFen: 0 });
    expect(transferIncomeSplit(TECH_TRANSFER_EXEMPT_FEN + 1)).toMatchObject({ exemptFen: 500 * W, halvedFen: 1 });
    expect(transferIncomeSplit(TECH_TRANSFER_EXEMPT_FEN - 1)).toMatchObject({ exemptFen: 500 * W - 1, halvedFen: 0 });
    expect(transferIncomeSplit(800 * W)).toMatchObject({ exemptFen: 500 * W, halvedFen: 300 * W });
  });
  it('has nothing to exempt in a loss, and cites the regulation', () => {
    expect(transferIncomeSplit(-5)).toMatchObject({ exemptFen: 0, halvedFen: 0 });
    expect(transferIncomeSplit(0).cite[0]?.article).toBe('第九十条');
    expect(() => transferIncomeSplit(0.5)).toThrow(RangeError);
  });
});
