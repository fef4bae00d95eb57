import { INDUSTRY_CHAIN_CODES, INDUSTRY_CODES, ORG_FLAGS, ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import type { OrgListParams } from '@cz/shared/org';
import { defineList, filter, type ListFilters, type ListState } from '../../../kit/list/list-state';

export const SORTS = ['newest', 'name', 'relevance'] as const;

const parsers = {
  q: filter.text,
  kind: filter.listOf(ORG_KINDS),
  status: filter.listOf(ORG_STATUSES),
  industry: filter.listOf(INDUSTRY_CODES),
  industryChain: filter.listOf(INDUSTRY_CHAIN_CODES),
  park: filter.text,
  flags: filter.listOf(ORG_FLAGS),
};

/** The admin list's filters as they stand in the URL; unknown values are dropped rather than sent. */
export const ORG_LIST = defineList({
  filters: parsers,
  sorts: SORTS,
  defaultSort: (f) => (f.q ? 'relevance' : 'newest'),
});

export function orgFilters(
  state: ListState<ListFilters<typeof ORG_LIST>, (typeof SORTS)[number]>,
): Required<Pick<OrgListParams, 'page' | 'pageSize' | 'sort'>> & OrgListParams {
  return { ...state.filters, sort: state.sort ?? 'newest', page: state.page, pageSize: state.pageSize };
}

/** The same filters without paging, for the export. */
export function exportQuery({ page: _p, pageSize: _s, ...rest }: OrgListParams) {
  return rest;
}
