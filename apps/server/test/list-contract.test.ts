// The guard of issue "Harden what exists", items 19 and 22: every list of the OpenAPI document pages on the server
// (`page`, `pageSize`, a `total`), searches (`q`) and exports to Excel at `<list>/export.xlsx` with the list's filters;
// every workbook's file name carries the zone's date of the download. A new list is checked as soon as it is in the
// document. A list is a GET whose 200 answer is a page (`items` and `total`), `{ items: [...] }` or an array of records.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XLSX_MIME } from '@cz/shared/common';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.ts';
import { type JsonSchema, type Operation, operationsOf } from './openapi.ts';
import { client } from './request.ts';
import { seed } from './seed.ts';

type Check = 'paging' | 'q' | 'total' | 'export' | 'export-filters' | 'dated';

const WHOLE: Check[] = ['paging', 'q', 'total', 'export'];
/**
 * Lists that may stay whole, unsearched or unexported, each with its reason. A whole list is a short lookup that
 * fills a picker, or the few rows of one record shown on its page; a list without `q` has no text a user would type.
 */
const WAIVED: Record<string, { waive: Check[]; reason: string }> = {
  'GET /api/v1/market/needs/{id}/suggestions': {
    waive: WHOLE,
    reason: "a need's best matches (at most 50, ranked with their reasons), not a list to page through",
  },
  'GET /api/v1/market/needs/{id}/pushes': {
    waive: WHOLE,
    reason: 'the few suggestions pushed for one need, on its page',
  },
  'GET /api/v1/market/achievements/{id}/open-licences': {
    waive: WHOLE,
    reason: "an achievement's open-licence declarations, a few rows on its page (the patents list exports them)",
  },
  'GET /api/v1/finance/products/compare': {
    waive: WHOLE,
    reason: 'the two to four products the user chose to compare',
  },
  'GET /api/v1/finance/labels': { waive: WHOLE, reason: "the finance office's product labels, a picker" },
  'GET /api/v1/finance/needs/{id}/prechecks': {
    waive: ['q', 'export'],
    reason: "one need's verdict per product, paged and explained a page at a time (the products list exports them)",
  },
  'GET /api/v1/finance/cases/{id}/patents': {
    waive: WHOLE,
    reason: "the enterprise's valid patents a bank may pick for a pledge, a picker of one case",
  },
  'GET /api/v1/interop/regions': { waive: WHOLE, reason: 'the active partner regions, a picker of a form' },
  'GET /api/v1/cultivation/pool/owners': {
    waive: WHOLE,
    reason: 'the active administrators who may own pool entries, a picker',
  },
  'GET /api/v1/policy/issuers': { waive: WHOLE, reason: 'the issuers of published documents, a filter picker' },
  'GET /api/v1/materials/kinds': { waive: WHOLE, reason: 'the constant kinds of material, a picker' },
  'GET /api/v1/workbench': { waive: WHOLE, reason: "one count per kind of the actor's waiting work" },
  'GET /api/v1/orgs/{id}/indicators': {
    waive: WHOLE,
    reason: "one organisation's yearly indicators, a row a year, edited on its page",
  },
  'GET /api/v1/orgs/{id}/affiliations': {
    waive: WHOLE,
    reason: "one organisation's recorded related parties, a few rows on its page",
  },
  'GET /api/v1/instruments/{id}/qualifications': {
    waive: WHOLE,
    reason: 'the users trained on one instrument, a few rows on its page',
  },
  'GET /api/v1/cultivation/orgs/{orgId}/evaluations': {
    waive: WHOLE,
    reason: "an enterprise's latest evaluation of each kind: at most one per kind",
  },
  'GET /api/v1/policy/documents/{id}/related': {
    waive: WHOLE,
    reason: 'the few documents that replace or are replaced by one document, on its page',
  },
  'GET /api/v1/policy/supervision': {
    waive: ['paging', 'q', 'total'],
    reason: 'a report (one row per item of the period, with totals), exported whole',
  },
  'GET /api/v1/policy/evaluation': {
    waive: ['paging', 'q', 'total'],
    reason: 'a report (one row per item of the year, with totals), exported whole',
  },
  'GET /api/v1/cultivation/batches': {
    waive: ['q'],
    reason: 'batch runs have no text to type; filtered by status and trigger',
  },
  'GET /api/v1/cultivation/orgs/{orgId}/evaluations/history': {
    waive: ['q'],
    reason: 'evaluations have no text to type; filtered by kind',
  },
};

/** Public reading lists whose administration's list of the same records exports (the public has no export). */
const EXPORTED_ELSEWHERE: Record<string, { at: string; reason: string }> = {
  'GET /api/v1/policy/documents': {
    at: 'GET /api/v1/policy/admin/documents/export.xlsx',
    reason: 'the public library; the administration exports every document',
  },
  'GET /api/v1/news/articles': {
    at: 'GET /api/v1/news/admin/articles/export.xlsx',
    reason: 'the public news; the administration exports every article',
  },
};

/** Workbooks that are blank forms to fill in, the same every day: their names carry no date. */
const TEMPLATES = new Set([
  'GET /api/v1/orgs/import/template.xlsx',
  'GET /api/v1/policy/admin/import/template.xlsx',
  'GET /api/v1/ip/import/template.xlsx',
  "'enterprise-import-template.xlsx'",
  "'policy-import-template.xlsx'",
  "'ip-import-template.xlsx'",
]);

const PAGE_PARAMS = new Set(['page', 'pageSize']);

const queryNames = (op: Operation) => op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
const ok = (op: Operation) => op.responses['200']?.['application/json'];
const isRecord = (s: JsonSchema | undefined) => s?.type === 'object' && s.properties !== undefined;
const produces = (op: Operation) => op.responses['200']?.[XLSX_MIME] !== undefined;

/** Whether the 200 answer is a list, and whether it carries a total. */
function listShape(op: Operation): { list: boolean; total: boolean } {
  const s = ok(op);
  if (!s) return { list: false, total: false };
  if (s.type === 'array') return { list: isRecord(s.items), total: false };
  const items = s.properties?.items;
  if (s.type !== 'object' || items?.type !== 'array' || !isRecord(items.items)) return { list: false, total: false };
  const total = s.properties?.total;
  return { list: true, total: total?.type === 'integer' || total?.type === 'number' };
}

/** The gaps of every list of the document, as `op → checks that fail`. */
function listGaps(ops: Operation[]): Map<string, Set<Check>> {
  const byName = new Map(ops.map((o) => [o.name, o]));
  const gaps = new Map<string, Set<Check>>();
  for (const op of ops) {
    if (op.method !== 'GET') continue;
    const shape = listShape(op);
    if (!shape.list) continue;
    const params = new Set(queryNames(op));
    const failed = new Set<Check>();
    if (!params.has('page') || !params.has('pageSize')) failed.add('paging');
    if (!params.has('q')) failed.add('q');
    if (!shape.total) failed.add('total');
    const elsewhere = EXPORTED_ELSEWHERE[op.name];
    const exporter = byName.get(elsewhere ? elsewhere.at : `GET ${op.path}/export.xlsx`);
    if (!exporter || !produces(exporter)) failed.add('export');
    else if (!elsewhere) {
      const accepted = new Set(queryNames(exporter));
      if ([...params].some((p) => !PAGE_PARAMS.has(p) && !accepted.has(p))) failed.add('export-filters');
    }
    if (failed.size > 0) gaps.set(op.name, failed);
  }
  return gaps;
}

/** `sendXlsx(reply, <name>, …)` calls whose name is written out without `datedXlsxName`, by source file. */
function undatedNames(): Map<string, string[]> {
  const root = join(import.meta.dirname, '..');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) files.push(p);
    }
  };
  walk(join(root, 'src'));
  const found = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    const names: string[] = [];
    for (const m of text.matchAll(/sendXlsx\(\s*\w+\s*,\s*((?:'[^']*'|`[^`]*`|"[^"]*"|[^,])+?)\s*,/g)) {
      const name = (m[1] as string).trim();
      // A literal name (quoted or a template) has no date unless it calls datedXlsxName; an identifier is checked
      // by calling the operation (below).
      if (/^['"`]/.test(name) && !name.includes('datedXlsxName(') && !TEMPLATES.has(name)) names.push(name);
    }
    // A workbook sent by hand, not through sendXlsx, would escape both checks.
    if (rel !== join('src', 'kernel', 'excel.ts') && /content-disposition[^\n]*xlsx/i.test(text))
      names.push('a content-disposition of its own');
    if (names.length > 0) found.set(rel, names);
  }
  return found;
}

let t: TestApp;
let ops: Operation[];
const cookies: string[] = [];
const api = client(() => t);
beforeAll(async () => {
  t = await createTestApp();
  ops = await operationsOf(t);
  const s = await seed(t, {
    organisations: [
      { key: 'e', kind: 'enterprise' },
      { key: 'p', kind: 'provider' },
      { key: 'f', kind: 'finance' },
    ],
    users: [
      { role: 'superadmin', login: true },
      { role: 'admin', login: true },
      { role: 'enterprise', org: 'e', login: true },
      { role: 'provider', org: 'p', login: true },
      { role: 'finance', org: 'f', login: true },
      { role: 'expert', login: true },
    ],
  });
  cookies.push(...s.users.map((u) => u.cookie as string));
});
afterAll(() => t.close());

/** The found gaps no waiver excuses. */
function settle(found: Map<string, Set<Check>>) {
  const unexcused: string[] = [];
  for (const [name, checks] of found) {
    const excused = new Set(WAIVED[name]?.waive ?? []);
    const left = [...checks].filter((c) => !excused.has(c));
    if (left.length > 0) unexcused.push(`${name}: ${left.join(', ')}`);
  }
  return unexcused;
}

describe('the lists of the OpenAPI document', () => {
  it('page on the server with a total, search with q and export their filters to Excel', () => {
    const gaps = listGaps(ops);
    expect(ops.filter((o) => o.method === 'GET' && listShape(o).list).length).toBeGreaterThan(50);
    expect(settle(gaps)).toEqual([]);
  });

  it('keep no waiver, export pointer or pending entry that no longer applies', () => {
    const gaps = listGaps(ops);
    const names = new Set(ops.map((o) => o.name));
    const stale: string[] = [];
    for (const [name, w] of Object.entries(WAIVED)) {
      if (!names.has(name)) stale.push(`${name}: no such operation`);
      for (const c of w.waive) if (!gaps.get(name)?.has(c)) stale.push(`${name}: ${c} is met, drop the waiver`);
      expect(w.reason.length, name).toBeGreaterThan(10);
    }
    for (const [name, e] of Object.entries(EXPORTED_ELSEWHERE)) {
      if (!names.has(name)) stale.push(`${name}: no such operation`);
      if (!names.has(e.at)) stale.push(`${name}: no export ${e.at}`);
    }
    expect(stale).toEqual([]);
  });
});

describe('the workbooks of the OpenAPI document', () => {
  it('are named with datedXlsxName in the source, unless a blank template', () => {
    const undated = [...undatedNames()].map(([file, names]) => `${file}: ${names.join(', ')}`);
    expect(undated).toEqual([]);
  });

  it("answer a file name with today's date in Shanghai, as the first role that may download it", async () => {
    const today = shanghaiDate(new Date());
    const exports = ops.filter((o) => o.method === 'GET' && produces(o) && !TEMPLATES.has(o.name));
    expect(exports.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    const reached: string[] = [];
    const unreached: string[] = [];
    for (const op of exports) {
      if (op.parameters.some((p) => p.in === 'path')) continue; // those are named in the source check above
      const query = new URLSearchParams();
      for (const p of op.parameters.filter((x) => x.in === 'query' && x.required)) {
        const values = p.schema?.enum;
        query.set(p.name, values ? String(values[0]) : p.name === 'year' ? today.slice(0, 4) : '1');
      }
      const url = `${op.path}${query.size > 0 ? `?${query}` : ''}`;
      let name: string | undefined;
      for (const cookie of cookies) {
        const res = await api.get(url, { as: cookie });
        if (res.statusCode !== 200) continue;
        const header = String(res.headers['content-disposition'] ?? '');
        name = decodeURIComponent(header.replace(/^attachment; filename\*=UTF-8''/, ''));
        break;
      }
      // One that only the holder of some record may download (an institution's own, say) is left to the source check.
      if (name === undefined) {
        unreached.push(op.name);
        continue;
      }
      reached.push(op.name);
      if (!name.endsWith(`-${today}.xlsx`)) wrong.push(`${op.name}: ${name}`);
    }
    if (unreached.length > 0) console.info(`downloaded by no role of this test: ${unreached.join(', ')}`);
    expect(wrong).toEqual([]);
    expect(reached.length).toBeGreaterThan(30);
  }, 120_000);
});
