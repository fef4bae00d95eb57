import { INDUSTRY_CODES } from '@cz/shared';
import {
  POLICY_ENTERPRISE_KIND_CODES,
  POLICY_LEVEL_CODES,
  POLICY_SEARCH_SORTS,
  POLICY_SUPPORT_KIND_CODES,
} from '@cz/shared/policy-docs';
import { defineList, type FilterParser, filter, type ListFilters } from '../../../kit/list/list-state';

/** A date filter: kept only when it is a YYYY-MM-DD date. */
const isoDate: FilterParser<string | undefined> = (p, k) => {
  const v = p.get(k);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
};

/** The public library's URL: query, filters, sort (relevance while searching, else newest) and page. */
export const POLICY_LIBRARY = defineList({
  filters: {
    q: filter.text,
    level: filter.oneOf(POLICY_LEVEL_CODES),
    issuer: filter.text,
    supportKind: filter.oneOf(POLICY_SUPPORT_KIND_CODES),
    enterpriseKind: filter.oneOf(POLICY_ENTERPRISE_KIND_CODES),
    industry: filter.oneOf(INDUSTRY_CODES),
    status: filter.oneOf(['published', 'expired'] as const),
    year: filter.int,
    inForceOn: isoDate,
  },
  sorts: POLICY_SEARCH_SORTS,
  defaultSort: (f) => (f.q ? 'relevance' : 'newest'),
  pageSize: 10,
});
export type LibraryFilters = ListFilters<typeof POLICY_LIBRARY>;
