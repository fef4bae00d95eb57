// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { filter } from './list-state';
import { useListPage } from './useListPage';

const SORTS = ['newest', 'name'] as const;
const LIST = { filters: { q: filter.text, status: filter.oneOf(['open', 'closed'] as const) }, sorts: SORTS };

const SECOND = { filters: {}, sorts: SORTS, pageSize: 10, prefix: 'a' };

/** The hook under a router at `url`, with the router's current search string alongside. */
function setup(url: string) {
  return renderHook(
    () => {
      const list = useListPage(LIST);
      const second = useListPage(SECOND);
      const location = useLocation();
      return { list, second, search: location.search };
    },
    {
      // RTL renders the wrapper once; the router (and so the URL) lives as long as the test's hook.
      wrapper: ({ children }: { children: ReactNode }) =>
        createElement(RouterProvider, {
          router: createMemoryRouter([{ path: '/', element: children }], { initialEntries: [url] }),
        }),
    },
  );
}

describe('useListPage', () => {
  it('reads the URL into state and the request', () => {
    const { result } = setup('/?q=lab&status=open&page=2&sort=name');
    expect(result.current.list.page).toBe(2);
    expect(result.current.list.sort).toBe('name');
    expect(result.current.list.filters).toEqual({ q: 'lab', status: 'open' });
    expect(result.current.list.query).toEqual({ q: 'lab', status: 'open', sort: 'name', page: 2, pageSize: 20 });
    expect(result.current.list.exportQuery).toEqual({ q: 'lab', status: 'open', sort: 'name' });
  });

  it('goes back to page 1 when a filter changes', () => {
    const { result } = setup('/?q=lab&page=3');
    act(() => result.current.list.setFilter('status', 'closed'));
    expect(result.current.list.page).toBe(1);
    expect(result.current.list.filters.status).toBe('closed');
    expect(result.current.search).toBe('?q=lab&status=closed');
  });

  it('removes a cleared filter from the URL', () => {
    const { result } = setup('/?q=lab&status=open');
    act(() => result.current.list.setFilters({ q: '', status: undefined }));
    expect(result.current.search).toBe('');
  });

  it('pages without losing the filters', () => {
    const { result } = setup('/?q=lab');
    act(() => result.current.list.setPage(4, 50));
    expect(result.current.list.page).toBe(4);
    expect(result.current.list.pageSize).toBe(50);
    expect(result.current.list.filters.q).toBe('lab');
  });

  it('gives antd Table its data, pagination and a sorter that writes the sort', () => {
    const { result } = setup('/?page=2');
    const props = result.current.list.tableProps({ items: [{ id: 1 }], total: 41 }, true);
    expect(props.dataSource).toEqual([{ id: 1 }]);
    expect(props.loading).toBe(true);
    expect(props.pagination).toMatchObject({ current: 2, pageSize: 20, total: 41 });
    act(() =>
      props.onChange?.({}, {}, { columnKey: 'name', order: 'ascend' }, { action: 'sort', currentDataSource: [] }),
    );
    expect(result.current.list.sort).toBe('name');
    expect(result.current.list.page).toBe(1);
    expect(result.current.list.sortOrder('name')).toBe('ascend');
  });

  it('pages from the pagination control', () => {
    const { result } = setup('/');
    act(() => result.current.list.pagination(100).onChange?.(3, 20));
    expect(result.current.list.page).toBe(3);
  });

  it('scrolls back to the top when the reader turns to another page, and not on a filter change', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const { result } = setup('/');
    act(() => result.current.list.setFilter('q', 'lab'));
    expect(scrollTo).not.toHaveBeenCalled();
    act(() => result.current.list.pagination(100).onChange?.(2, 20));
    expect(scrollTo).toHaveBeenCalledWith({ top: 0, left: 0 });
    scrollTo.mockRestore();
  });

  it('keeps a second, prefixed list on the page apart from the first', () => {
    const { result } = setup('/?q=lab&page=3&apage=2');
    expect(result.current.list.page).toBe(3);
    expect(result.current.second.page).toBe(2);
    expect(result.current.second.query).toEqual({ page: 2, pageSize: 10 });
    act(() => result.current.second.pagination(100).onChange?.(4, 10));
    expect(result.current.search).toBe('?q=lab&page=3&apage=4&apageSize=10');
    act(() => result.current.second.setSort('name'));
    expect(result.current.search).toBe('?q=lab&page=3&apageSize=10&asort=name');
    act(() => result.current.list.setPage(1, 20));
    expect(result.current.second.sort).toBe('name');
  });
});
