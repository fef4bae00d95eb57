import {
  INSTRUMENT_CATEGORIES,
  INSTRUMENT_CATEGORY_CODES,
  type PricingMode,
  SERVICE_CATEGORIES,
  SERVICE_CATEGORY_CODES,
} from '@cz/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/i18n/LocaleProvider';
import { useFormatMoney } from '../../kit/money';

/** Category names of services and instruments in the current language, and their select options. */
export function useCatalogLabels() {
  const { locale } = useLocale();
  return useMemo(() => {
    const zh = locale === 'zh-CN';
    const serviceCategory = (c: string | null | undefined) => {
      const e = c ? SERVICE_CATEGORIES[c as keyof typeof SERVICE_CATEGORIES] : undefined;
      return e ? (zh ? e.zh : e.en) : (c ?? '—');
    };
    const instrumentCategory = (c: string | null | undefined) => {
      const e = c ? INSTRUMENT_CATEGORIES[c as keyof typeof INSTRUMENT_CATEGORIES] : undefined;
      return e ? (zh ? e.zh : e.en) : (c ?? '—');
    };
    return {
      serviceCategory,
      instrumentCategory,
      serviceCategoryOptions: SERVICE_CATEGORY_CODES.map((c) => ({ value: c, label: serviceCategory(c) })),
      instrumentCategoryOptions: INSTRUMENT_CATEGORY_CODES.map((c) => ({ value: c, label: instrumentCategory(c) })),
    };
  }, [locale]);
}

/** A listing's price as shown to buyers: 面议 for quotes, otherwise the amount with its unit. */
export function useFormatPrice() {
  const { t } = useTranslation(['instrument', 'catalog']);
  const money = useFormatMoney();
  return useCallback(
    (pricing: PricingMode, price: number | null) =>
      pricing === 'quote' || price === null
        ? t('catalog:services.onQuote')
        : `${money(price)}${t(`status.priceUnit.${pricing}`)}`,
    [t, money],
  );
}

/** A number of minutes in words: 90 → "90 分钟", 120 → "2 小时", 2880 → "2 天". */
export function useFormatMinutes() {
  const { t } = useTranslation(['instrument', 'catalog']);
  return useCallback(
    (m: number) =>
      m % 1440 === 0 && m >= 1440
        ? t('instruments.days', { n: m / 1440 })
        : m % 60 === 0 && m >= 60
          ? t('instruments.hours', { n: m / 60 })
          : t('instruments.minutes', { n: m }),
    [t],
  );
}
