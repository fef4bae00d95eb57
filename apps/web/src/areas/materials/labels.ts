import { MATERIAL_KIND_CODES, MATERIAL_KINDS, type Material, type MaterialKind } from '@cz/shared/materials';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';
import { formatDate } from '../../kit/datetime';

/** The vault's words in the reader's language: kind names come with the kinds (@cz/shared), the rest from i18n. */
export function useMaterialsLabels() {
  const { t } = useTranslation('materials');
  const { locale } = useLocale();
  const kind = (k: MaterialKind) => (locale === 'en-US' ? MATERIAL_KINDS[k].en : MATERIAL_KINDS[k].zh);
  /** A material's year, or its dates (open-ended when it has no end). */
  const period = (m: Pick<Material, 'year' | 'validFrom' | 'validTo'>) => {
    if (m.year !== null) return t('period.year', { year: m.year });
    if (!m.validTo) return t('period.openEnded', { from: formatDate(m.validFrom) });
    return t('period.range', { from: formatDate(m.validFrom), to: formatDate(m.validTo) });
  };
  return {
    kind,
    period,
    kindOptions: MATERIAL_KIND_CODES.map((value) => ({ value, label: kind(value) })),
  };
}
