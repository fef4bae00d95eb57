import {
  INDUSTRY_CHAINS,
  INDUSTRY_SECTIONS,
  ORG_FLAGS,
  ORG_KINDS,
  ORG_STATUSES,
  type OrgFlag,
  PARKS,
  ROLES,
} from '@cz/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';
import type { OrgListItem } from '../../kit/types';

const lookup = <T extends Record<string, { zh: string; en: string }>>(
  table: T,
  code: string | null | undefined,
  zh: boolean,
) => {
  if (!code) return '—';
  const entry = table[code as keyof T];
  return entry ? (zh ? entry.zh : entry.en) : code;
};

/** Which qualifications an organisation holds, from its list item. */
export function flagsOf(o: Pick<OrgListItem, 'isAboveScale' | 'hteCertNo' | 'tsmeRegNo' | 'isSpecialized'>): OrgFlag[] {
  const flags: OrgFlag[] = [];
  if (o.isAboveScale) flags.push('above_scale');
  if (o.hteCertNo) flags.push('hte');
  if (o.tsmeRegNo) flags.push('tsme');
  if (o.isSpecialized) flags.push('specialized');
  return flags;
}

/** Display names and select options of the shared enums, in the current language. */
export function useLabels() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return useMemo(() => {
    const zh = locale === 'zh-CN';
    const industry = (code: string | null | undefined) =>
      code ? `${code} · ${lookup(INDUSTRY_SECTIONS, code, zh)}` : '—';
    const chain = (code: string | null | undefined) => lookup(INDUSTRY_CHAINS, code, zh);
    return {
      industry,
      chain,
      kindOptions: ORG_KINDS.map((k) => ({ value: k, label: t(`enums.orgKind.${k}`) })),
      statusOptions: ORG_STATUSES.map((s) => ({ value: s, label: t(`enums.orgStatus.${s}`) })),
      flagOptions: ORG_FLAGS.map((f) => ({ value: f, label: t(`enums.flag.${f}`) })),
      roleOptions: ROLES.map((r) => ({ value: r, label: t(`enums.role.${r}`) })),
      industryOptions: Object.keys(INDUSTRY_SECTIONS).map((c) => ({ value: c, label: industry(c) })),
      chainOptions: Object.keys(INDUSTRY_CHAINS).map((c) => ({ value: c, label: chain(c) })),
      parkOptions: PARKS.map((p) => ({ value: p, label: p })),
    };
  }, [t, locale]);
}
