import { INDUSTRY_CHAIN_CODES, INDUSTRY_CODES, ORG_FLAGS, ORG_KINDS, ORG_STATUSES } from '@cz/shared';
import { readInt, readList, readOne, readString } from '../../../kit/list/url-state';
import type { OrgListParams } from '../api';

export const SORTS = ['newest', 'name', 'relevance'] as const;

/** The admin list's filters as they stand in the URL; unknown values are dropped rather than sent. */
export function readOrgFilters(
  p: URLSearchParams,
): Required<Pick<OrgListParams, 'page' | 'pageSize' | 'sort'>> & OrgListParams {
  const q = readString(p, 'q');
  return {
    q,
    kind: readList(p, 'kind', ORG_KINDS),
    status: readList(p, 'status', ORG_STATUSES),
    industry: readList(p, 'industry', INDUSTRY_CODES),
    industryChain: readList(p, 'industryChain', INDUSTRY_CHAIN_CODES),
    park: readString(p, 'park'),
    flags: readList(p, 'flags', ORG_FLAGS),
    sort: readOne(p, 'sort', SORTS) ?? (q ? 'relevance' : 'newest'),
    page: readInt(p, 'page', 1),
    pageSize: readInt(p, 'pageSize', 20),
  };
}

/** The same filters without paging, for the export. */
export function exportQuery({ page: _p, pageSize: _s, ...rest }: OrgListParams) {
  return rest;
}
