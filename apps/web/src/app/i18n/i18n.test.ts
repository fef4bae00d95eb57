import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Guard-rails of the dictionaries: both languages have the same keys in every namespace; every error code the server
 * can send has a message in both; no key is left unused by the web sources.
 */
type Dict = { [k: string]: string | Dict };
const here = path.dirname(fileURLToPath(import.meta.url));
const webSrc = path.resolve(here, '../..');
const serverSrc = path.resolve(webSrc, '../../server/src');

const shell = import.meta.glob<{ default: Dict }>('./*.{zh-CN,en-US}.ts', { eager: true });
const areas = import.meta.glob<{ default: Dict }>('../../areas/*/i18n/*.ts', { eager: true });

/** namespace → language → dictionary */
const dictionaries = new Map<string, Record<string, Dict>>();
for (const [file, mod] of Object.entries({ ...shell, ...areas })) {
  const shellMatch = file.match(/^\.\/(\w+)\.(zh-CN|en-US)\.ts$/);
  const areaMatch = file.match(/areas\/(\w+)\/i18n\/(zh-CN|en-US)\.ts$/);
  const [, ns, lang] = (shellMatch ?? areaMatch ?? []) as [string, string, string];
  if (!ns) continue;
  dictionaries.set(ns, { ...dictionaries.get(ns), [lang]: mod.default });
}

function leaves(d: Dict, prefix = ''): string[] {
  return Object.entries(d).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : leaves(v, `${prefix}${k}.`)));
}
const lookup = (d: Dict | undefined, key: string): unknown =>
  key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Dict)[k] : undefined), d);

function files(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' ? [] : files(p, test);
    return test(p) ? [p] : [];
  });
}

/**
 * Every code the server can send: createError('area.code', …) anywhere, the HTTP layer's own codes, and the reasons
 * a scheme's eligibility check gives (`reasons.push('voucher.not_tsme')`), shown with the same messages.
 */
function serverErrorCodes(): string[] {
  const codes = new Set<string>(['internal']);
  for (const f of files(serverSrc, (p) => p.endsWith('.ts') && !p.endsWith('.test.ts'))) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/createError\(\s*'([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1] as string);
    for (const push of text.matchAll(/reasons\.push\(([^;]*)\);/g))
      for (const m of (push[1] as string).matchAll(/'([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1] as string);
    if (f.endsWith(path.join('kernel', 'errors.ts')))
      for (const m of text.matchAll(/code: '([a-z_]+\.[a-z_]+)'/g)) codes.add(m[1] as string);
  }
  return [...codes].sort();
}

describe('dictionaries', () => {
  it('have both languages for every namespace', () => {
    expect(dictionaries.size).toBeGreaterThan(10);
    for (const [ns, langs] of dictionaries) expect(Object.keys(langs).sort(), ns).toEqual(['en-US', 'zh-CN']);
  });

  it('have the same keys in both languages', () => {
    for (const [ns, langs] of dictionaries) {
      expect(leaves(langs['en-US'] ?? {}).sort(), ns).toEqual(leaves(langs['zh-CN'] ?? {}).sort());
    }
  });

  it('have a message in both languages for every error code the server can send', () => {
    const errors = dictionaries.get('errors') ?? {};
    const codes = serverErrorCodes();
    expect(codes.length).toBeGreaterThan(50);
    const missing = codes.flatMap((code) =>
      (['zh-CN', 'en-US'] as const)
        .filter((l) => typeof lookup(errors[l], code) !== 'string')
        .map((l) => `${l} ${code}`),
    );
    expect(missing).toEqual([]);
  });

  /**
   * Error messages not sent by the server as `createError` codes: the client's own (no network, unknown), the
   * booking rules checked in the browser before the server (shared code), and the import report's cell problems.
   */
  const CLIENT_ERROR_PREFIXES = ['network', 'unknown', 'import.', 'booking.'];

  it('keep no message for an error code that nobody sends', () => {
    const codes = new Set(serverErrorCodes());
    const zh = dictionaries.get('errors')?.['zh-CN'] ?? {};
    const stale = leaves(zh).filter((k) => !codes.has(k) && !CLIENT_ERROR_PREFIXES.some((p) => k.startsWith(p)));
    expect(stale).toEqual([]);
  });

  it('have no key that the web sources do not use', () => {
    const sources = files(
      webSrc,
      (p) => /\.(ts|tsx)$/.test(p) && !p.includes(`${path.sep}i18n${path.sep}`) && !/\.test\.tsx?$/.test(p),
    ).map((f) => readFileSync(f, 'utf8'));
    // Keys named in full ('ns:key', or 'key' in a file that asks useTranslation for ns) and the fixed start of
    // keys built at run time (`status.order.${s}`): a key is used when named, or when such a start covers it.
    const named = new Set<string>();
    const prefixes = new Set<string>();
    for (const text of sources) {
      const nsOfFile = new Set(['common']);
      for (const m of text.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*')/g))
        for (const n of (m[1] as string).matchAll(/'(\w+)'/g)) nsOfFile.add(n[1] as string);
      const add = (raw: string, into: Set<string>) => {
        const colon = raw.indexOf(':');
        if (colon > 0 && /^\w+$/.test(raw.slice(0, colon))) into.add(raw);
        else for (const ns of nsOfFile) into.add(`${ns}:${raw}`);
      };
      for (const m of text.matchAll(/'([\w:.]+)'/g)) add(m[1] as string, named);
      for (const m of text.matchAll(/`([\w:.]+)\$\{/g)) add(m[1] as string, prefixes);
    }
    const unused: string[] = [];
    for (const [ns, langs] of dictionaries) {
      for (const key of leaves(langs['zh-CN'] ?? {})) {
        const full = `${ns}:${key}`;
        if (named.has(full) || [...prefixes].some((p) => full.startsWith(p))) continue;
        unused.push(full);
      }
    }
    expect(unused).toEqual([]);
  });
});
