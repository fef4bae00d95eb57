import { INSTRUMENT_CATEGORY_CODES } from '@cz/shared';
import { readInt, readOne, readString } from '../../../kit/list/url-state';
import { INSTRUMENT_SORTS, type InstrumentListParams, type InstrumentSort } from '../api';

export type InstrumentFilters = Required<Pick<InstrumentListParams, 'page' | 'pageSize'>> & {
  q?: string | undefined;
  category?: string | undefined;
  large: boolean;
  sort: InstrumentSort;
};

export function readInstrumentFilters(p: URLSearchParams): InstrumentFilters {
  const q = readString(p, 'q');
  return {
    q,
    category: readOne(p, 'category', INSTRUMENT_CATEGORY_CODES),
    large: p.get('large') === 'true',
    sort: readOne(p, 'sort', INSTRUMENT_SORTS) ?? (q ? 'relevance' : 'newest'),
    page: readInt(p, 'page', 1),
    pageSize: readInt(p, 'pageSize', 12),
  };
}

export const toInstrumentQuery = (f: InstrumentFilters): InstrumentListParams => ({
  q: f.q,
  category: f.category,
  large: f.large ? 'true' : undefined,
  sort: f.sort,
  page: f.page,
  pageSize: f.pageSize,
});
