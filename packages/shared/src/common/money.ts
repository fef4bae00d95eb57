/** Money is carried as integer fen (分); these are the only conversions. */
export function yuanToFen(yuan: number): number {
  return Math.round(yuan * 100);
}

export function fenToYuan(fen: number): number {
  return fen / 100;
}

/**
 * 元 below 10,000 and 万元 above in Chinese; yuan with a currency sign in English. `exact` keeps every fen (for
 * balances and amounts people reconcile), where 万元 would round to two decimals.
 */
export function formatFen(fen: number, locale: 'zh-CN' | 'en-US' = 'zh-CN', opts: { exact?: boolean } = {}): string {
  const yuan = fen / 100;
  if (locale === 'en-US') {
    return `¥${yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  }
  if (Math.abs(yuan) >= 10_000 && !opts.exact) {
    return `${(yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`;
  }
  return `${yuan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`;
}
