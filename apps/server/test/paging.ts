import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { As, Client } from './request.ts';

type Item = Record<string, unknown>;

/** One page of a list endpoint, after checking it answers 200 with the page it was asked for. */
export async function pageAt(api: Client, path: string, as: As | undefined, page: number, pageSize: number) {
  const sep = path.includes('?') ? '&' : '?';
  const res = await api.get(`${path}${sep}page=${page}&pageSize=${pageSize}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { items: Item[]; total: number; page: number; pageSize: number };
  expect({ page: body.page, pageSize: body.pageSize }).toEqual({ page, pageSize });
  return body;
}

/**
 * Every page of a list at `pageSize`, checking that each page is full but the last, that no item shows on two pages
 * and that the pages together hold `total` items. Answers the keys (`key` of each item) in the order served.
 */
export async function walkPages(api: Client, path: string, as: As | undefined, pageSize: number, key = 'id') {
  const first = await pageAt(api, path, as, 1, pageSize);
  const pages = Math.max(1, Math.ceil(first.total / pageSize));
  const keys: unknown[] = [];
  for (let n = 1; n <= pages; n++) {
    const next = n === 1 ? first : await pageAt(api, path, as, n, pageSize);
    expect(next.total, 'the total does not change from page to page').toBe(first.total);
    if (n < pages) expect(next.items, `page ${n} is full`).toHaveLength(pageSize);
    keys.push(...next.items.map((x) => x[key]));
  }
  expect(new Set(keys).size, 'no item is on two pages').toBe(keys.length);
  expect(keys.length, 'the pages hold the total').toBe(first.total);
  const past = await pageAt(api, path, as, pages + 1, pageSize);
  expect(past.items).toEqual([]);
  return { total: first.total, keys };
}

/** The ids of the items a list answers (one page), after checking it answers 200. */
export async function listIds(api: Client, path: string, as: As | undefined) {
  const res = await api.get(path, { as });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: number }[]).map((r) => r.id);
}

/** The rows of an Excel export below its header, after checking it answers 200. */
export async function exportRowCount(api: Client, path: string, as: As | undefined) {
  const res = await api.get(path, { as });
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return (wb.worksheets[0] as ExcelJS.Worksheet).rowCount - 1;
}
