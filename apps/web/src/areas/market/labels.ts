import { IP_KINDS, PATENT_KINDS } from '@cz/shared';
import {
  ACHIEVEMENT_STAGE_CODES,
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_STATUSES,
  TECH_FIELD_CODES,
  TECH_FIELDS,
  TRANSFER_MODE_CODES,
  TRANSFER_MODES,
} from '@cz/shared/market';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';

type Words = { zh: string; en: string };

/** The market's enums in the reader's language, with options for filters and forms. */
export function useMarketLabels() {
  const { locale } = useLocale();
  const { t } = useTranslation('market');
  return useMemo(() => {
    const zh = locale === 'zh-CN';
    const of =
      <K extends string>(table: Record<K, Words>) =>
      (k: string | null | undefined) => {
        const e = k ? table[k as K] : undefined;
        return e ? (zh ? e.zh : e.en) : (k ?? '—');
      };
    const field = of(TECH_FIELDS);
    const stage = of(ACHIEVEMENT_STAGES);
    const mode = of(TRANSFER_MODES);
    const patentKind = of(IP_KINDS);
    const status = (s: string) => t(`statuses.${s}` as 'statuses.draft');
    return {
      field,
      stage,
      mode,
      patentKind,
      status,
      patentKindOptions: PATENT_KINDS.map((value) => ({ value, label: patentKind(value) })),
      fieldOptions: TECH_FIELD_CODES.map((value) => ({ value, label: field(value) })),
      stageOptions: ACHIEVEMENT_STAGE_CODES.map((value) => ({ value, label: stage(value) })),
      modeOptions: TRANSFER_MODE_CODES.map((value) => ({ value, label: mode(value) })),
      statusOptions: ACHIEVEMENT_STATUSES.map((value) => ({ value, label: status(value) })),
    };
  }, [locale, t]);
}
