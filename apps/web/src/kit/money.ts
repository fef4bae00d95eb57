import { fenToYuan, formatFen, yuanToFen } from '@cz/shared/common/money';
import { useCallback } from 'react';
import { useLocale } from '../app/i18n/LocaleProvider';

/** Amounts are typed in 万元 (10,000 yuan) and carried as integer fen. */
export function wanToFen(wan: number): number {
  return yuanToFen(Math.round(wan * 10_000 * 100) / 100);
}

export function fenToWan(fen: number): number {
  return fenToYuan(fen) / 10_000;
}

/** The one way the UI shows money: formatFen in the current language. */
export function useFormatMoney() {
  const { locale } = useLocale();
  return useCallback(
    (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatFen(fen, locale)),
    [locale],
  );
}

/**
 * Ledger amounts (balances, holds, claims, splits) to the fen: formatFen rounds large Chinese amounts to 万元 with two
 * decimals, which hides up to ¥50 of a voucher balance. Below 10,000 yuan and in English it is formatFen itself.
 */
export function useFormatExactMoney() {
  const { locale } = useLocale();
  return useCallback(
    (fen: number | null | undefined) => {
      if (fen === null || fen === undefined) return '—';
      if (locale !== 'zh-CN' || Math.abs(fen) < 1_000_000) return formatFen(fen, locale);
      return `${fenToYuan(fen).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
    },
    [locale],
  );
}
