import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setDayjsLocale } from '../../kit/datetime';
import { theme } from '../theme';
import { i18n, type Locale, rememberLocale, storedLocale } from './index';

type LocaleContextValue = { locale: Locale; applyLocale: (locale: Locale) => void };
const LocaleContext = createContext<LocaleContextValue | null>(null);

/**
 * i18next first downloads, in the new language, every namespace loaded so far, then switches; the page follows it,
 * so strings, antd and dayjs change language together.
 */
async function applyEverywhere(locale: Locale) {
  rememberLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  setDayjsLocale(locale);
  document.documentElement.lang = locale;
}

/** One language for i18next, antd, dayjs and the page; the choice is remembered in the browser. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => {
    const initial = storedLocale();
    void applyEverywhere(initial);
    return initial;
  });
  const applyLocale = useCallback((next: Locale) => {
    void applyEverywhere(next).then(() => setLocale(next));
  }, []);
  const value = useMemo(() => ({ locale, applyLocale }), [locale, applyLocale]);
  return (
    <LocaleContext value={value}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext>
  );
}

export function useLocale(): LocaleContextValue {
  const ctx = useContext(LocaleContext);
  if (!ctx) throw new Error('useLocale outside LocaleProvider');
  return ctx;
}
