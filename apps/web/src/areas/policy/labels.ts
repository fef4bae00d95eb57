import { INDUSTRY_CODES, INDUSTRY_SECTIONS } from '@cz/shared';
import {
  POLICY_DOC_STATES,
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_ENTERPRISE_KINDS,
  POLICY_LEVEL_CODES,
  POLICY_LEVELS,
  POLICY_SUPPORT_KIND_CODES,
  POLICY_SUPPORT_KINDS,
  type PolicyDocState,
} from '@cz/shared/policy-docs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';

type Bilingual = Record<string, { zh: string; en: string }>;

/** The library's enums in the reader's language (the shared lists carry both), with options for filters and forms. */
export function usePolicyLabels() {
  const { t } = useTranslation('policy');
  const { locale } = useLocale();
  return useMemo(() => {
    const zh = locale !== 'en-US';
    const word = (table: Bilingual) => (code: string) => {
      const entry = table[code];
      return entry ? (zh ? entry.zh : entry.en) : code;
    };
    const level = word(POLICY_LEVELS);
    const supportKind = word(POLICY_SUPPORT_KINDS);
    const enterpriseKind = word(POLICY_ENTERPRISE_KINDS);
    const industry = (code: string) => `${code} · ${word(INDUSTRY_SECTIONS)(code)}`;
    const state = (s: PolicyDocState) => t(`states.${s}`);
    const options = <T extends string>(codes: readonly T[], label: (c: T) => string) =>
      codes.map((value) => ({ value, label: label(value) }));
    return {
      level,
      supportKind,
      enterpriseKind,
      industry,
      state,
      levelOptions: options(POLICY_LEVEL_CODES, level),
      supportKindOptions: options(POLICY_SUPPORT_KIND_CODES, supportKind),
      enterpriseKindOptions: options(POLICY_ENTERPRISE_KIND_CODES, enterpriseKind),
      industryOptions: options(INDUSTRY_CODES, industry),
      stateOptions: options(POLICY_DOC_STATES, state),
    };
  }, [t, locale]);
}

/** Tag colours of the states and levels. */
export const STATE_COLORS: Record<PolicyDocState, string> = {
  draft: 'default',
  published: 'success',
  expired: 'purple',
  repealed: 'error',
};
export const LEVEL_COLORS: Record<string, string> = {
  national: 'red',
  province: 'volcano',
  city: 'blue',
  zone: 'geekblue',
};
