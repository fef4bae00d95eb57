import {
  type ContractKind,
  type Registration,
  type RegistrationStatus,
  TECH_TRANSFER_EXEMPT_FEN,
  vatExemption,
} from '@cz/shared/market';
import { timerOf, type WorkCalendar } from '@cz/shared/policy';
import { sql } from 'drizzle-orm';

/** A registration as read for its pages and lists: the row, its contract's terms and the two sides' names. */
export type Row = {
  id: number;
  contract_id: number;
  contract_title: string;
  kind: ContractKind;
  seller_org_id: number;
  buyer_org_id: number | null;
  offline: boolean;
  seller_name: string;
  buyer_name: string;
  amount_fen: number;
  tech_trade_fen: number;
  with_transfer_or_development: boolean;
  status: RegistrationStatus;
  submitted_on: string;
  supplied_on: string | null;
  due_on: string;
  limit_working_days: number;
  review: boolean;
  return_note: string | null;
  reason_code: string | null;
  reason_note: string | null;
  number: string | null;
  verify_code: string | null;
  registered_on: string | null;
  created_at: string;
  updated_at: string;
};

export const SELECT = sql`
  SELECT r.*, c.title AS contract_title, c.kind, c.buyer_org_id, c.offline, c.amount_fen, c.tech_trade_fen,
         c.with_transfer_or_development, s.name AS seller_name, coalesce(b.name, c.buyer_name) AS buyer_name
  FROM market_registrations r
  JOIN market_contracts c ON c.id = r.contract_id
  JOIN org_directory s ON s.id = r.seller_org_id
  LEFT JOIN org_directory b ON b.id = c.buyer_org_id`;

export const day = (v: unknown) => (v === null || v === undefined ? null : String(v).slice(0, 10));

/** The tax treatments a registered contract opens (none before registration), each with its source. */
export function taxBenefitsOf(kind: ContractKind, registered: boolean, withTransferOrDevelopment: boolean) {
  const out: Registration['taxBenefits'] = [];
  const vat = vatExemption(kind, registered, withTransferOrDevelopment);
  if (vat) out.push({ code: vat.code, zh: vat.words.zh, en: vat.words.en, ...vat.cite });
  if (registered && (kind === 'transfer' || kind === 'licence'))
    out.push({
      code: 'market.tax.transfer_income',
      zh: `技术转让所得一个纳税年度内不超过 ${TECH_TRANSFER_EXEMPT_FEN / 1_000_000} 万元的部分免征企业所得税，超过部分减半征收${kind === 'licence' ? '（许可须为 5 年以上非独占许可使用权）' : ''}`,
      en: `Technology-transfer income up to 5 million yuan a tax year is exempt from corporate income tax, the excess taxed at half${kind === 'licence' ? ' (a non-exclusive licence of 5 years or more)' : ''}`,
      document: '《中华人民共和国企业所得税法实施条例》第九十条；财税〔2015〕116号',
      article: '第九十条；二',
    });
  return out;
}

export function toRegistration(r: Row, today: string, cal: WorkCalendar): Registration {
  const timer = timerOf(day(r.due_on) as string, today, cal);
  const open = r.status === 'submitted';
  const registered = r.status === 'registered';
  return {
    id: Number(r.id),
    contractId: Number(r.contract_id),
    contractTitle: r.contract_title,
    kind: r.kind,
    sellerOrgId: Number(r.seller_org_id),
    sellerName: r.seller_name,
    buyerName: r.buyer_name,
    amountFen: Number(r.amount_fen),
    techTradeFen: Number(r.tech_trade_fen),
    status: r.status,
    submittedOn: day(r.submitted_on) as string,
    suppliedOn: day(r.supplied_on),
    dueOn: day(r.due_on) as string,
    limitWorkingDays: Number(r.limit_working_days),
    review: r.review,
    workingDaysLeft: open ? timer.workingDaysLeft : 0,
    overdue: open && timer.overdue,
    returnNote: r.return_note,
    reasonCode: r.reason_code,
    reasonNote: r.reason_note,
    number: r.number,
    registeredOn: day(r.registered_on),
    taxBenefits: taxBenefitsOf(r.kind, registered, r.with_transfer_or_development),
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}
