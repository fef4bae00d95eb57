import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  defineList,
  exportQuery,
  filter,
  listQuery,
  MAX_PAGE_SIZE,
  parseListState,
  sortFromTable,
  sortOrderOf,
} from './list-state';

const KINDS = ['enterprise', 'provider'] as const;
const SORTS = ['newest', 'name', '-name', 'relevance'] as const;
const parsers = {
  q: filter.text,
  kind: filter.listOf(KINDS),
  status: filter.oneOf(['a', 'b'] as const),
  big: filter.flag,
};
const LIST = defineList({
  filters: parsers,
  sorts: SORTS,
  defaultSort: (f) => (f.q ? 'relevance' : 'newest'),
});
const url = (s: string) => new URLSearchParams(s);

describe('parseListState', () => {
  it('reads page, page size, sort and filters from the URL', () => {
    const state = parseListState(
      url('q=solar&kind=provider,enterprise&status=b&big=true&sort=name&page=3&pageSize=50'),
      LIST,
    );
    expect(state).toEqual({
      page: 3,
      pageSize: 50,
      sort: 'name',
      filters: { q: 'solar', kind: ['provider', 'enterprise'], status: 'b', big: true },
    });
  });

  it('defaults to page 1 of 20, and to the default sort, which may depend on the filters', () => {
    expect(parseListState(url(''), LIST)).toMatchObject({ page: 1, pageSize: 20, sort: 'newest' });
    expect(parseListState(url('q=x'), LIST).sort).toBe('relevance');
    expect(parseListState(url(''), { filters: {}, pageSize: 12 }).pageSize).toBe(12);
  });

  it('drops values the server would refuse rather than sending them', () => {
    const state = parseListState(url('kind=provider,robot&status=c&sort=price&page=-2&pageSize=abc&big=yes'), LIST);
    expect(state.filters).toEqual({ q: undefined, kind: ['provider'], status: undefined, big: false });
    expect(state.sort).toBe('newest');
    expect(state.page).toBe(1);
    expect(state.pageSize).toBe(20);
  });

  it('treats an empty list as no filter and caps the page size at the server maximum', () => {
    expect(parseListState(url('kind=robot'), LIST).filters.kind).toBeUndefined();
    expect(parseListState(url('pageSize=5000'), LIST).pageSize).toBe(MAX_PAGE_SIZE);
    expect(parseListState(url('page=1.5'), LIST).page).toBe(1);
  });
});

describe('applyPatch', () => {
  it('writes values, joins lists with commas and removes empty ones', () => {
    const next = applyPatch(url('q=old&park=A'), { q: 'new', kind: ['a', 'b'], park: '', status: null });
    expect(next.toString()).toBe('q=new&kind=a%2Cb');
  });

  it('sends the reader back to page 1 when a filter changes', () => {
    expect(applyPatch(url('page=4&q=a'), { q: 'b' }).get('page')).toBeNull();
  });

  it('keeps the page when told, and when the patch is the page itself', () => {
    expect(applyPatch(url('page=4'), { open: 7 }, { resetPage: false }).get('page')).toBe('4');
    expect(applyPatch(url('page=4'), { page: 5, pageSize: 50 }).toString()).toBe('page=5&pageSize=50');
  });

  it('round-trips through parseListState', () => {
    const written = applyPatch(url(''), { q: 'lab', kind: ['enterprise'], sort: '-name', page: 2 });
    expect(parseListState(written, LIST)).toMatchObject({
      page: 2,
      sort: '-name',
      filters: { q: 'lab', kind: ['enterprise'] },
    });
  });
});

describe('queries', () => {
  const state = parseListState(url('q=lab&page=2&pageSize=50'), LIST);

  it('asks the list endpoint for the filters, sort and page without empty values', () => {
    expect(listQuery(state)).toEqual({ q: 'lab', big: false, sort: 'relevance', page: 2, pageSize: 50 });
  });

  it('asks the export for the same filters and sort without paging', () => {
    expect(exportQuery(state)).toEqual({ q: 'lab', big: false, sort: 'relevance' });
  });
});

describe('sorting from the table', () => {
  it('maps antd sorter to the sort value, descending where the server has one', () => {
    expect(sortFromTable(SORTS, { columnKey: 'name', order: 'ascend' })).toBe('name');
    expect(sortFromTable(SORTS, { field: 'name', order: 'descend' })).toBe('-name');
    expect(sortFromTable(SORTS, { columnKey: 'newest', order: 'descend' })).toBe('newest');
    expect(sortFromTable(SORTS, { columnKey: 'name', order: null })).toBeUndefined();
    expect(sortFromTable(SORTS, { columnKey: 'price', order: 'ascend' })).toBeUndefined();
    expect(sortFromTable(undefined, { columnKey: 'name', order: 'ascend' })).toBeUndefined();
  });

  it('shows the arrow of the current sort on its column', () => {
    expect(sortOrderOf('name', 'name')).toBe('ascend');
    expect(sortOrderOf('-name', 'name')).toBe('descend');
    expect(sortOrderOf('newest', 'name')).toBeNull();
    expect(sortOrderOf(undefined, 'name')).toBeNull();
  });
});
