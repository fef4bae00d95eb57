/**
 * Technology contracts (技术合同) as the market records and registers them: their five kinds, the 技术交易额 that
 * registration certifies, and the tax treatment a registered contract opens. Money in fen, exact integers.
 */
import type { Words } from '../rules/rule-pack.ts';

/** The five kinds of technology contract of 《民法典》第三编第二十章. */
export const CONTRACT_KINDS = ['development', 'transfer', 'licence', 'consulting', 'service'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const CONTRACT_KIND_INFO: Record<ContractKind, Words & { article: string }> = {
  development: { zh: '技术开发', en: 'Technology development', article: '《民法典》第八百五十一条' },
  transfer: { zh: '技术转让', en: 'Technology transfer', article: '《民法典》第八百六十二条第一款' },
  licence: { zh: '技术许可', en: 'Technology licence', article: '《民法典》第八百六十二条第二款' },
  consulting: { zh: '技术咨询', en: 'Technology consulting', article: '《民法典》第八百七十八条第一款' },
  service: { zh: '技术服务', en: 'Technology service', article: '《民法典》第八百七十八条第二款' },
};

/**
 * Costs inside a contract's amount that buy no technology: the equipment, instruments, parts and raw materials the
 * buyer receives. A reasonable number of samples and prototypes made in the work is part of the technology and is not
 * a line here.
 */
export const NON_TECHNICAL_COST_KINDS = ['equipment', 'instruments', 'parts', 'materials'] as const;
export type NonTechnicalCostKind = (typeof NON_TECHNICAL_COST_KINDS)[number];

export const NON_TECHNICAL_COST_INFO: Record<NonTechnicalCostKind, Words> = {
  equipment: { zh: '设备', en: 'Equipment' },
  instruments: { zh: '仪器', en: 'Instruments' },
  parts: { zh: '零部件', en: 'Parts' },
  materials: { zh: '原材料', en: 'Raw materials' },
};

export type NonTechnicalCost = { kind: NonTechnicalCostKind; amountFen: number };

export type TradeAmount =
  | { ok: true; contractFen: number; nonTechnicalFen: number; techTradeFen: number }
  | {
      ok: false;
      code: 'market.costs_exceed_amount' | 'market.bad_amount';
      contractFen: number;
      nonTechnicalFen: number;
    };

const isFen = (n: number) => Number.isSafeInteger(n) && n >= 0;

/**
 * 技术交易额 = 成交额 (the contract amount) − the non-technical costs listed in it. Costs above the amount are an
 * error of the contract's figures, not a negative trade: the registration point must send it back.
 */
export function techTradeAmount(contractFen: number, costs: readonly NonTechnicalCost[]): TradeAmount {
  if (!isFen(contractFen) || costs.some((c) => !isFen(c.amountFen)))
    return { ok: false, code: 'market.bad_amount', contractFen, nonTechnicalFen: 0 };
  const nonTechnicalFen = costs.reduce((a, c) => a + c.amountFen, 0);
  if (!Number.isSafeInteger(nonTechnicalFen) || nonTechnicalFen > contractFen)
    return { ok: false, code: 'market.costs_exceed_amount', contractFen, nonTechnicalFen };
  return { ok: true, contractFen, nonTechnicalFen, techTradeFen: contractFen - nonTechnicalFen };
}

/** A tax treatment a contract qualifies for, with its source. */
export type TaxBenefit = { code: string; words: Words; cite: { document: string; article: string } };

const VAT = {
  document: '财税〔2016〕36号',
  article: '附件3《营业税改征增值税试点过渡政策的规定》第一条第（二十六）项',
};

/**
 * The VAT exemption of a registered contract: technology transfer (which, for VAT, covers passing on the ownership or
 * the right to use a patent or know-how, so licences too) and development, and the consulting and services that go
 * with such a transfer or development in the same contract. It needs the contract registered (认定登记) first; an
 * unregistered contract qualifies for nothing here.
 */
export function vatExemption(
  kind: ContractKind,
  registered: boolean,
  withTransferOrDevelopment = false,
): TaxBenefit | null {
  if (!registered) return null;
  const core = kind === 'transfer' || kind === 'licence' || kind === 'development';
  const attached = (kind === 'consulting' || kind === 'service') && withTransferOrDevelopment;
  if (!core && !attached) return null;
  return {
    code: 'market.tax.vat_exempt',
    words: {
      zh: `${CONTRACT_KIND_INFO[kind].zh}合同经认定登记，${attached ? '与技术转让、技术开发相关的技术咨询、技术服务' : '技术转让、技术开发'}收入免征增值税`,
      en: `A registered ${CONTRACT_KIND_INFO[kind].en.toLowerCase()} contract: its income is exempt from VAT${attached ? ' as consulting or service that goes with a transfer or development' : ''}`,
    },
    cite: VAT,
  };
}

/** 500万元 in fen: the yearly technology-transfer income that corporate income tax leaves untaxed. */
export const TECH_TRANSFER_EXEMPT_FEN = 500 * 1_000_000;

export type TransferIncomeSplit = {
  /** The year's technology-transfer income (所得: income less its costs and taxes), fen. */
  incomeFen: number;
  /** Up to 500万元: exempt from corporate income tax. */
  exemptFen: number;
  /** Above 500万元: taxed at half the rate (减半征收). */
  halvedFen: number;
  cite: { document: string; article: string }[];
};

/**
 * How a resident enterprise's technology-transfer income of one tax year is treated: the part up to 500万元 exempt,
 * the part above at half the tax. A loss (negative income) has nothing to exempt.
 */
export function transferIncomeSplit(incomeFen: number): TransferIncomeSplit {
  if (!Number.isSafeInteger(incomeFen)) throw new RangeError('income must be whole fen');
  const income = Math.max(0, incomeFen);
  return {
    incomeFen,
    exemptFen: Math.min(income, TECH_TRANSFER_EXEMPT_FEN),
    halvedFen: Math.max(0, income - TECH_TRANSFER_EXEMPT_FEN),
    cite: [
      { document: '《中华人民共和国企业所得税法实施条例》', article: '第九十条' },
      { document: '财税〔2015〕116号', article: '二（转让 5 年以上非独占许可使用权的所得纳入技术转让所得）' },
    ],
  };
}
