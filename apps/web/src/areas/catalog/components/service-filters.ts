import { SERVICE_CATEGORY_CODES, yuanToFen } from '@cz/shared';
import { readInt, readOne, readString } from '../../../kit/list/url-state';
import { SERVICE_SORTS, type ServiceListParams, type ServiceSort } from '../api';

/** The catalog's filters as they stand in the URL (prices in 元, as typed). */
export type ServiceFilters = {
  q?: string | undefined;
  category?: string | undefined;
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

export function readServiceFilters(p: URLSearchParams): ServiceFilters {
  const q = readString(p, 'q');
  const rating = readNumber(p, 'minRating');
  return {
    q,
    category: readOne(p, 'category', SERVICE_CATEGORY_CODES),
    priceMin: readNumber(p, 'priceMin'),
    priceMax: readNumber(p, 'priceMax'),
    region: readString(p, 'region'),
    minRating: rating !== undefined && rating >= 1 && rating <= 5 ? rating : undefined,
    voucher: p.get('voucher') === 'true',
    sort: readOne(p, 'sort', SERVICE_SORTS) ?? (q ? 'relevance' : 'newest'),
    page: readInt(p, 'page', 1),
    pageSize: readInt(p, 'pageSize', 12),
  };
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
