import {
  INSTRUMENT_CATEGORY_CODES,
  INSTRUMENT_SORTS,
  type InstrumentCategory,
  type InstrumentListParams,
  type InstrumentSort,
} from '@cz/shared/instrument';
import { defineList, filter, type ListFilters, type ListState, parseListState } from '../../../kit/list/list-state';

/** The instrument list's filters as they stand in the URL. */
export type InstrumentFilters = {
  q?: string | undefined;
  category?: InstrumentCategory | undefined;
  large: boolean;
  sort: InstrumentSort;
  page: number;
  pageSize: number;
};

const parsers = { q: filter.text, category: filter.oneOf(INSTRUMENT_CATEGORY_CODES), large: filter.flag };

/** The instrument list in the URL: twelve cards a page; relevance first while searching. */
export const INSTRUMENT_LIST = defineList({
  filters: parsers,
  sorts: INSTRUMENT_SORTS,
  defaultSort: (f) => (f.q ? 'relevance' : 'newest'),
  pageSize: 12,
});

export function instrumentFilters(
  state: ListState<ListFilters<typeof INSTRUMENT_LIST>, InstrumentSort>,
): InstrumentFilters {
  return { ...state.filters, sort: state.sort ?? 'newest', page: state.page, pageSize: state.pageSize };
}

export function readInstrumentFilters(p: URLSearchParams): InstrumentFilters {
  return instrumentFilters(parseListState(p, INSTRUMENT_LIST));
}

export const toInstrumentQuery = (f: InstrumentFilters): InstrumentListParams => ({
  q: f.q,
  category: f.category,
  large: f.large ? 'true' : undefined,
  sort: f.sort,
  page: f.page,
  pageSize: f.pageSize,
});
