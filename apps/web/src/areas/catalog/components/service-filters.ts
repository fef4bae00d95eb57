import {
  SERVICE_CATEGORY_CODES,
  SERVICE_SORTS,
  type ServiceCategory,
  type ServiceListParams,
  type ServiceSort,
} from '@cz/shared/catalog';
import { yuanToFen } from '@cz/shared/common/money';
import {
  defineList,
  type FilterParser,
  filter,
  type ListFilters,
  type ListState,
  parseListState,
} from '../../../kit/list/list-state';

/** The catalog's filters as they stand in the URL (prices in 元, as typed). */
export type ServiceFilters = {
  q?: string | undefined;
  category?: ServiceCategory | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  region?: string | undefined;
  minRating?: number | undefined;
  voucher: boolean;
  sort: ServiceSort;
  page: number;
  pageSize: number;
};

const readNumber = (p: URLSearchParams, key: string): number | undefined => {
  const raw = p.get(key);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

const readRating: FilterParser<number | undefined> = (p, key) => {
  const rating = readNumber(p, key);
  return rating !== undefined && rating >= 1 && rating <= 5 ? rating : undefined;
};

const parsers = {
  q: filter.text,
  category: filter.oneOf(SERVICE_CATEGORY_CODES),
  priceMin: readNumber,
  priceMax: readNumber,
  region: filter.text,
  minRating: readRating,
  voucher: filter.flag,
};

/** The catalog's list in the URL: twelve cards a page; relevance first while searching. */
export const SERVICE_LIST = defineList({
  filters: parsers,
  sorts: SERVICE_SORTS,
  defaultSort: (f) => (f.q ? 'relevance' : 'newest'),
  pageSize: 12,
});

export function serviceFilters(state: ListState<ListFilters<typeof SERVICE_LIST>, ServiceSort>): ServiceFilters {
  return { ...state.filters, sort: state.sort ?? 'newest', page: state.page, pageSize: state.pageSize };
}

export function readServiceFilters(p: URLSearchParams): ServiceFilters {
  return serviceFilters(parseListState(p, SERVICE_LIST));
}

/** What the API is asked: prices in fen, the voucher flag as the server's 'true'. */
export function toServiceQuery(f: ServiceFilters): ServiceListParams {
  return {
    q: f.q,
    category: f.category,
    priceMin: f.priceMin === undefined ? undefined : yuanToFen(f.priceMin),
    priceMax: f.priceMax === undefined ? undefined : yuanToFen(f.priceMax),
    region: f.region,
    minRating: f.minRating,
    voucherEligible: f.voucher ? 'true' : undefined,
    sort: f.sort,
    page: f.page,
    pageSize: f.pageSize,
  };
}
