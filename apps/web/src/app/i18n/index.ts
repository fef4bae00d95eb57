import type { LOCALES } from '@cz/shared';
import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Namespace, SHELL_NAMESPACES } from './resources';

export type Locale = (typeof LOCALES)[number];
export type { Namespace } from './resources';
export const DEFAULT_LOCALE: Locale = 'zh-CN';
const STORAGE_KEY = 'cz.locale';

export const isLocale = (v: unknown): v is Locale => v === 'zh-CN' || v === 'en-US';

/** The language chosen while logged out, remembered in this browser. */
export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function rememberLocale(locale: Locale) {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

type Dictionary = { default: Record<string, unknown> };
/** One dynamic import per area and language: a page downloads only the dictionaries of its area, in one language. */
const areaDictionaries = import.meta.glob<Dictionary>('../../areas/*/i18n/*.ts');
const shellDictionaries: Record<string, () => Promise<Dictionary>> = {
  'common/zh-CN': () => import('./common.zh-CN'),
  'common/en-US': () => import('./common.en-US'),
  'errors/zh-CN': () => import('./errors.zh-CN'),
  'errors/en-US': () => import('./errors.en-US'),
};

export function dictionaryLoader(ns: string, locale: string): (() => Promise<Dictionary>) | undefined {
  return shellDictionaries[`${ns}/${locale}`] ?? areaDictionaries[`../../areas/${ns}/i18n/${locale}.ts`];
}

/** i18next reads a namespace in one language by importing that dictionary's chunk. */
const dynamicImportBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = dictionaryLoader(namespace, language);
    if (!load) {
      callback(new Error(`no dictionary ${namespace}/${language}`), false);
      return;
    }
    load().then(
      (m) => callback(null, m.default),
      (err: Error) => callback(err, false),
    );
  },
};

/** Resolves when the shell's namespaces are loaded in the current language; main.tsx waits for it. */
export const i18nReady = i18n
  .use(dynamicImportBackend)
  .use(initReactI18next)
  .init({
    lng: storedLocale(),
    supportedLngs: ['zh-CN', 'en-US'],
    // Only the current language is ever downloaded: en-US has every zh-CN key (its type says so), no fallback needed.
    fallbackLng: false,
    load: 'currentOnly',
    ns: [...SHELL_NAMESPACES],
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    // Some strings are empty on purpose in one language (the measure word 家 has no English counterpart).
    returnEmptyString: true,
    react: { useSuspense: false },
  });

/** Load an area's namespaces in the current language; a route's `lazy()` awaits it before its page renders. */
export function loadNamespaces(...namespaces: Namespace[]): Promise<void> {
  return i18n.loadNamespaces(namespaces);
}

/** Translation of a key computed at run time (error codes, enum values from the server). */
export function tKey(key: string, options?: Record<string, unknown>): string {
  return (i18n.t as unknown as (k: string, o?: Record<string, unknown>) => string)(key, options);
}

export function hasKey(key: string): boolean {
  return i18n.exists(key);
}

export { i18n };
