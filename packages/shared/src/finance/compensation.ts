/**
 * 风险补偿: the share of a non-performing loan's loss a zone pool pays the lender. Regional practice (DOMAIN.md,
 * "Tech finance"): 30 % of the loss for a loan the bank made directly, 20 % when a guarantor stands behind it, 5 more
 * points each for an enterprise's first loan, a pure credit loan and an IP-pledge loan, never more than 80 %. Each
 * pool sets its own figures, in whole percentage points. The amount is the loss × the share, rounded down to the fen
 * (a pool never pays a fraction of a fen it does not owe).
 */
import { z } from 'zod';
import type { Words } from '../rules/rule-pack.ts';

export const poolParamsSchema = z
  .object({
    directPct: z.number().int().min(0).max(100),
    guaranteedPct: z.number().int().min(0).max(100),
    firstLoanBonus: z.number().int().min(0).max(50),
    pureCreditBonus: z.number().int().min(0).max(50),
    ipPledgeBonus: z.number().int().min(0).max(50),
    capPct: z.number().int().min(0).max(100),
  })
  .refine((p) => p.directPct <= p.capPct && p.guaranteedPct <= p.capPct, {
    message: 'finance.cap_below_base',
    path: ['capPct'],
  });
export type PoolParams = z.infer<typeof poolParamsSchema>;

export const DEFAULT_POOL_PARAMS: PoolParams = {
  directPct: 30,
  guaranteedPct: 20,
  firstLoanBonus: 5,
  pureCreditBonus: 5,
  ipPledgeBonus: 5,
  capPct: 80,
};

export type LossFacts = {
  /** Principal (and interest, where the pool's rules count it) not recovered, in fen. */
  lossFen: number;
  /** A guarantor stood behind the loan. */
  guaranteed: boolean;
  firstLoan: boolean;
  pureCredit: boolean;
  ipPledge: boolean;
};

export type Compensation = { pct: number; amountFen: number; capped: boolean; lines: Words[] };

export function compensationOf(p: PoolParams, f: LossFacts): Compensation {
  if (!Number.isSafeInteger(f.lossFen) || f.lossFen < 0) throw new RangeError(`not a loss in fen: ${f.lossFen}`);
  const lines: Words[] = [];
  const base = f.guaranteed ? p.guaranteedPct : p.directPct;
  lines.push(
    f.guaranteed
      ? { zh: `担保贷款基础比例 ${base}%`, en: `Guaranteed loan: base ${base}%` }
      : { zh: `直接贷款基础比例 ${base}%`, en: `Direct loan: base ${base}%` },
  );
  let pct = base;
  const bonus = (on: boolean, points: number, zh: string, en: string) => {
    if (!on || points === 0) return;
    pct += points;
    lines.push({ zh: `${zh} +${points} 个百分点`, en: `${en} +${points} points` });
  };
  bonus(f.firstLoan, p.firstLoanBonus, '首贷', 'First loan');
  bonus(f.pureCredit, p.pureCreditBonus, '纯信用贷款', 'Pure credit loan');
  bonus(f.ipPledge, p.ipPledgeBonus, '知识产权质押贷款', 'IP-pledge loan');
  const capped = pct > p.capPct;
  if (capped) {
    lines.push({ zh: `不超过上限 ${p.capPct}%`, en: `Capped at ${p.capPct}%` });
    pct = p.capPct;
  }
  // Exact in integers: loss × pct / 100, rounded down.
  const amountFen = Number((BigInt(f.lossFen) * BigInt(pct)) / 100n);
  return { pct, amountFen, capped, lines };
}
