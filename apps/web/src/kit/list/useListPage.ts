import type { PaginationProps, TableProps } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { scrollToTop } from '../scroll';
import {
  exportQuery,
  type ListSchema,
  listKeys,
  listQuery,
  parseListState,
  sortFromTable,
  sortOrderOf,
  type UrlValue,
} from './list-state';
import { useUrlState } from './url-state';

type Paged<T> = { items: T[]; total: number };

/**
 * One list page's state in the URL (page, page size, sort, filters, parsed by `schema`), the request to send, and
 * the props for antd's Table. Changing a filter or the sort goes back to page 1. `schema` should be a module-level
 * constant.
 */
export function useListPage<F, S extends string = string>(schema: ListSchema<F, S>) {
  const { t } = useTranslation();
  const { params, update, reset } = useUrlState();
  const state = useMemo(() => parseListState(params, schema), [params, schema]);
  const keys = listKeys(schema);

  /** A change of filters or sort: back to this list's page 1 (the URL's `page` unless the list is prefixed). */
  const change = useCallback(
    (patch: Record<string, UrlValue>) =>
      keys.page === 'page' ? update(patch) : update({ ...patch, [keys.page]: undefined }, { resetPage: false }),
    [update, keys.page],
  );
  const setFilter = useCallback(
    <K extends keyof F & string>(key: K, value: UrlValue) => change({ [key]: value }),
    [change],
  );
  const setFilters = useCallback((patch: Partial<Record<keyof F & string, UrlValue>>) => change(patch), [change]);
  const setSort = useCallback((sort: S | undefined) => change({ [keys.sort]: sort }), [change, keys.sort]);
  /** Another page of the list starts at the top of the screen, where its first rows are. */
  const setPage = useCallback(
    (page: number, pageSize?: number) => {
      update({ [keys.page]: page, [keys.pageSize]: pageSize }, { resetPage: false });
      scrollToTop();
    },
    [update, keys.page, keys.pageSize],
  );

  const pagination = useCallback(
    (total: number | undefined, overrides?: PaginationProps): PaginationProps => ({
      current: state.page,
      pageSize: state.pageSize,
      total: total ?? 0,
      showSizeChanger: true,
      showTotal: (n) => t('common.total', { total: n }),
      onChange: (page, pageSize) => setPage(page, pageSize),
      ...overrides,
    }),
    [state.page, state.pageSize, setPage, t],
  );

  /** dataSource, loading, pagination and onChange (paging and sorting) for a Table of this list. */
  const tableProps = useCallback(
    <T>(
      data: Paged<T> | undefined,
      loading?: boolean,
    ): Pick<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> => ({
      dataSource: data?.items,
      loading,
      pagination: pagination(data?.total),
      onChange: (_pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const one = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<T> | undefined;
          setSort(sortFromTable(schema.sorts, one ?? {}));
        }
      },
    }),
    [pagination, schema.sorts, setSort],
  );

  return {
    ...state,
    params,
    /** The request for the list endpoint. */
    query: listQuery(state),
    /** The same filters and sort without paging, for the Excel export. */
    exportQuery: exportQuery(state),
    /** Other URL state of the page (an open drawer, a tab); paging is kept unless told. */
    update,
    setFilter,
    setFilters,
    setSort,
    setPage,
    reset,
    pagination,
    tableProps,
    /** The arrow to show on a sortable column. */
    sortOrder: (key: string) => sortOrderOf(state.sort, key),
  };
}
