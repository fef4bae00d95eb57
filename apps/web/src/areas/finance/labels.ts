import {
  CASE_STATUSES,
  type CaseStatus,
  COLLATERAL_KINDS,
  FACT_SCOPES,
  FINANCE_NEED_PURPOSES,
  FINANCE_NEED_STATUSES,
  GUARANTEE_KINDS,
  INSTITUTION_KINDS,
  type Label,
  PRODUCT_KINDS,
  PRODUCT_STATUSES,
  REPAYMENT_KINDS,
} from '@cz/shared/finance';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';
import { formatMoney } from '../../kit/money';
import { useLabels } from './api';

type Range = { min: number; default: number; max: number };
type RateLike = { mode: 'fixed' | 'lpr'; minBp: number; defaultBp: number; maxBp: number } | null;

/** Basis points as a percentage: 385 → 3.85%. */
export const bpToPct = (bp: number) => `${(bp / 100).toFixed(2)}%`;
/** An LPR spread: LPR+50bp, LPR-20bp. */
export const lprText = (bp: number) => `LPR${bp < 0 ? '-' : '+'}${Math.abs(bp)}bp`;

/** The finance area's enums, ranges and rates in the reader's language, with options for filters and forms. */
export function useFinanceLabels() {
  const { t } = useTranslation('finance');
  const { locale } = useLocale();
  const labels = useLabels().data?.items;
  return useMemo(() => {
    const zh = locale === 'zh-CN';
    const options = <K extends string>(values: readonly K[], name: (k: K) => string) =>
      values.map((value) => ({ value, label: name(value) }));
    const productKind = (k: string) => t(`productKind.${k as (typeof PRODUCT_KINDS)[number]}`);
    const institutionKind = (k: string) => t(`institutionKind.${k as (typeof INSTITUTION_KINDS)[number]}`);
    const guarantee = (k: string) => t(`guarantee.${k as (typeof GUARANTEE_KINDS)[number]}`);
    const collateral = (k: string) => t(`collateral.${k as (typeof COLLATERAL_KINDS)[number]}`);
    const repayment = (k: string) => t(`repayment.${k as (typeof REPAYMENT_KINDS)[number]}`);
    const purpose = (k: string) => t(`purpose.${k as (typeof FINANCE_NEED_PURPOSES)[number]}`);
    const productStatus = (k: string) => t(`productStatus.${k as (typeof PRODUCT_STATUSES)[number]}`);
    const needStatus = (k: string) => t(`needStatus.${k as (typeof FINANCE_NEED_STATUSES)[number]}`);
    const caseStatus = (k: string) => t(`caseStatus.${k as CaseStatus}`);
    const scope = (k: string) => t(`scope.${k as (typeof FACT_SCOPES)[number]}`);
    const label = (code: string) => {
      const l = labels?.find((x: Label) => x.code === code);
      return l ? (zh ? l.zh : l.en) : code;
    };
    const list = (values: readonly string[], name: (k: string) => string) =>
      values.length ? values.map(name).join(zh ? '、' : ', ') : '—';
    const moneyRange = (r: Range) =>
      r.min === r.max ? formatMoney(r.max) : `${formatMoney(r.min)} – ${formatMoney(r.max)}`;
    const monthRange = (r: Range) =>
      r.min === r.max ? t('units.months', { count: r.max }) : t('units.monthRange', { min: r.min, max: r.max });
    const rate = (r: RateLike) => {
      if (!r) return t('rate.none');
      const f = r.mode === 'lpr' ? lprText : bpToPct;
      return r.minBp === r.maxBp ? f(r.minBp) : `${f(r.minBp)} – ${f(r.maxBp)}`;
    };
    const rateDefault = (r: RateLike) => (r ? (r.mode === 'lpr' ? lprText : bpToPct)(r.defaultBp) : t('rate.none'));
    return {
      zh,
      productKind,
      institutionKind,
      guarantee,
      collateral,
      repayment,
      purpose,
      productStatus,
      needStatus,
      caseStatus,
      scope,
      label,
      list,
      moneyRange,
      monthRange,
      rate,
      rateDefault,
      productKindOptions: options(PRODUCT_KINDS, productKind),
      institutionKindOptions: options(INSTITUTION_KINDS, institutionKind),
      guaranteeOptions: options(GUARANTEE_KINDS, guarantee),
      collateralOptions: options(COLLATERAL_KINDS, collateral),
      repaymentOptions: options(REPAYMENT_KINDS, repayment),
      purposeOptions: options(FINANCE_NEED_PURPOSES, purpose),
      productStatusOptions: options(PRODUCT_STATUSES, productStatus),
      needStatusOptions: options(FINANCE_NEED_STATUSES, needStatus),
      caseStatusOptions: options(CASE_STATUSES, caseStatus),
      scopeOptions: options(FACT_SCOPES, scope),
      labelOptions: (labels ?? []).filter((l) => l.active).map((l) => ({ value: l.code, label: zh ? l.zh : l.en })),
    };
  }, [t, locale, labels]);
}

export type FinanceLabels = ReturnType<typeof useFinanceLabels>;
