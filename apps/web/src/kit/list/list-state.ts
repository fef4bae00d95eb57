/**
 * A list page's state as it stands in the URL: page, page size, sort and filters. Pure functions, so the parsing
 * and the writing back can be tested without a browser. Unknown or malformed values are dropped rather than sent.
 */
export type UrlValue = string | number | readonly string[] | null | undefined;
export type UrlPatch = Record<string, UrlValue>;

export const readString = (p: URLSearchParams, key: string): string | undefined => p.get(key) || undefined;

export function readList<T extends string>(p: URLSearchParams, key: string, allowed?: readonly T[]): T[] | undefined {
  const raw = p.get(key);
  if (!raw) return undefined;
  const items = raw.split(',').filter((s) => s && (!allowed || (allowed as readonly string[]).includes(s))) as T[];
  return items.length > 0 ? items : undefined;
}

export function readInt(p: URLSearchParams, key: string, fallback: number): number;
export function readInt(p: URLSearchParams, key: string): number | undefined;
export function readInt(p: URLSearchParams, key: string, fallback?: number): number | undefined {
  const n = Number(p.get(key));
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export function readOne<T extends string>(p: URLSearchParams, key: string, allowed: readonly T[]): T | undefined {
  const v = p.get(key);
  return v && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
}

export type FilterParser<T> = (params: URLSearchParams, key: string) => T;

/** Parsers for the usual filter shapes; a page may also write its own `(params, key) => value`. */
export const filter = {
  text: ((p, k) => readString(p, k)) as FilterParser<string | undefined>,
  int: ((p, k) => readInt(p, k)) as FilterParser<number | undefined>,
  oneOf:
    <T extends string>(allowed: readonly T[]): FilterParser<T | undefined> =>
    (p, k) =>
      readOne(p, k, allowed),
  /** `?key=true` or nothing. */
  flag: ((p, k) => p.get(k) === 'true') as FilterParser<boolean>,
  listOf:
    <T extends string>(allowed?: readonly T[]): FilterParser<T[] | undefined> =>
    (p, k) =>
      readList(p, k, allowed),
};

export type ListSchema<F, S extends string = string> = {
  filters: { [K in keyof F]: FilterParser<F[K]> };
  /** The sort values the server accepts; anything else in the URL is ignored. */
  sorts?: readonly S[];
  /** The sort when the URL has none; may depend on the filters (relevance while searching, say). */
  defaultSort?: S | ((filters: F) => S | undefined);
  /** Rows per page when the URL does not say; 20 unless told. */
  pageSize?: number;
  /**
   * For a second list on a page: its page, page size and sort stand in the URL under this prefix (`apage`,
   * `apageSize`, `asort` for `a`), so the two lists page on their own. Filters keep their names.
   */
  prefix?: string;
};

/** A list's schema with its filter types inferred (so `defaultSort` sees them). */
export const defineList = <F, S extends string = string>(schema: ListSchema<F, S>): ListSchema<F, S> => schema;

/** The filters' type of a schema. */
export type ListFilters<L> = L extends ListSchema<infer F, string> ? F : never;

export type ListState<F, S extends string = string> = {
  page: number;
  pageSize: number;
  sort: S | undefined;
  filters: F;
};

export const DEFAULT_PAGE_SIZE = 20;
/** The largest page the server serves. */
export const MAX_PAGE_SIZE = 100;

/** The URL keys of a list's page, page size and sort (prefixed for a second list on the page). */
export function listKeys(schema: { prefix?: string }) {
  const p = schema.prefix ?? '';
  return { page: `${p}page`, pageSize: `${p}pageSize`, sort: `${p}sort` };
}

export function parseListState<F, S extends string>(
  params: URLSearchParams,
  schema: ListSchema<F, S>,
): ListState<F, S> {
  const filters = {} as F;
  for (const key of Object.keys(schema.filters) as (keyof F & string)[]) {
    filters[key] = schema.filters[key](params, key);
  }
  const keys = listKeys(schema);
  const fromUrl = schema.sorts ? readOne(params, keys.sort, schema.sorts) : undefined;
  const fallback = typeof schema.defaultSort === 'function' ? schema.defaultSort(filters) : schema.defaultSort;
  return {
    page: readInt(params, keys.page, 1),
    pageSize: Math.min(readInt(params, keys.pageSize, schema.pageSize ?? DEFAULT_PAGE_SIZE), MAX_PAGE_SIZE),
    sort: fromUrl ?? fallback,
    filters,
  };
}

/**
 * The URL after a change: empty values leave the URL, lists are written comma-separated, and any change other than
 * paging sends the reader back to page 1.
 */
export function applyPatch(prev: URLSearchParams, patch: UrlPatch, { resetPage = true } = {}): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [key, value] of Object.entries(patch)) {
    const text = Array.isArray(value) ? value.join(',') : value === null || value === undefined ? '' : String(value);
    if (text === '') next.delete(key);
    else next.set(key, text);
  }
  if (resetPage && !('page' in patch)) next.delete('page');
  return next;
}

/** The request for the server: the filters, the sort and the page, without empty values. */
export function listQuery<F, S extends string>(state: ListState<F, S>) {
  return dropEmpty({ ...state.filters, sort: state.sort, page: state.page, pageSize: state.pageSize });
}

/** The same filters and sort without paging, for an Excel export of everything the list shows. */
export function exportQuery<F, S extends string>(state: ListState<F, S>) {
  return dropEmpty({ ...state.filters, sort: state.sort });
}

function dropEmpty<T extends Record<string, unknown>>(o: T): T {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as T;
}

/** antd's sorter → the URL's sort: `name` ascending, `-name` descending when the server has it, none when cleared. */
export function sortFromTable<S extends string>(
  sorts: readonly S[] | undefined,
  sorter: { columnKey?: unknown; field?: unknown; order?: 'ascend' | 'descend' | null },
): S | undefined {
  if (!sorter.order || !sorts) return undefined;
  const key = String(sorter.columnKey ?? sorter.field ?? '');
  const wanted = sorter.order === 'descend' && sorts.includes(`-${key}` as S) ? `-${key}` : key;
  return sorts.includes(wanted as S) ? (wanted as S) : undefined;
}

/** The column's arrow for the current sort. */
export function sortOrderOf(sort: string | undefined, key: string): 'ascend' | 'descend' | null {
  if (sort === key) return 'ascend';
  if (sort === `-${key}`) return 'descend';
  return null;
}
