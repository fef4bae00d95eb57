import { fenToYuan, yuanToFen } from '@cz/shared/common/money';

/** Amounts typed in 元 (to the fen) to integer fen, and back for a form's initial values. */
export { fenToYuan, yuanToFen };

/** Amounts are typed in 万元 (10,000 yuan) and carried as integer fen. */
export function wanToFen(wan: number): number {
  return yuanToFen(Math.round(wan * 10_000 * 100) / 100);
}

export function fenToWan(fen: number): number {
  return fenToYuan(fen) / 10_000;
}

/**
 * The one way the UI shows an amount: yuan to the fen with a currency sign and grouped thousands (¥1,220.00), in
 * either language. One format for every row of a column: a 万元 rounding for large amounts made a column read
 * '4 万' beside '1,220.00 元' and hid up to ¥50 of a voucher balance.
 */
export function formatMoney(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const text = Math.abs(fenToYuan(fen)).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return `${fen < 0 ? '-' : ''}¥${text}`;
}

/** The formatter for money cells and figures (a hook, so that callers stay as they were). */
export function useFormatMoney() {
  return formatMoney;
}

/** Ledger amounts (balances, holds, claims, splits): the same format, which keeps every fen. */
export const useFormatExactMoney = useFormatMoney;
