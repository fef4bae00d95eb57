import { Button, Checkbox, Empty, Pagination, Radio, Select, Spin, type TableProps } from 'antd';
import type { SorterResult, TablePaginationConfig } from 'antd/es/table/interface';
import { Fragment, type HTMLAttributes, type Key, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageRows, rowCard, sortChoices } from './table-cards';

const DEFAULT_PAGE_SIZE = 10;

/**
 * A table's rows as a list of cards, for phones: the same columns, data, paging, selection, expansion and sorting as
 * the Table it stands for (see DataTable), so no list scrolls sideways on a narrow screen. Each card is a list item
 * named by its title (the first column); its fields are a description list; its actions come last.
 */
export function DataCards<T extends object>(props: TableProps<T> & { cardSort?: boolean }) {
  const { t } = useTranslation();
  const listId = useId();
  const {
    columns,
    dataSource,
    rowKey = 'key',
    pagination,
    loading,
    locale,
    onRow,
    rowSelection,
    expandable,
    onChange,
    title,
    footer,
    className,
    cardSort = true,
  } = props;
  const config: TablePaginationConfig | null = pagination === false ? null : (pagination ?? {});
  // Where a Table puts its pager means nothing here; the rest are the pager's own props.
  const { position: _position, ...pager } = config ?? {};
  const [ownPage, setOwnPage] = useState({
    current: config?.defaultCurrent ?? 1,
    pageSize: config?.defaultPageSize ?? DEFAULT_PAGE_SIZE,
  });
  const [ownSelection, setOwnSelection] = useState<Key[]>(rowSelection?.defaultSelectedRowKeys ?? []);
  const [ownSort, setOwnSort] = useState(-1);
  const [open, setOpen] = useState<ReadonlySet<Key>>(new Set());

  const all = dataSource ?? [];
  const keyOf = (r: T, i: number): Key =>
    typeof rowKey === 'function' ? rowKey(r, i) : ((r as Record<string, unknown>)[rowKey as string] as Key);

  // Sorting: a column's sortOrder (the page keeps the sort, on the server) or our own choice (a local compare).
  const choices = useMemo(() => (cardSort ? sortChoices(columns) : []), [cardSort, columns]);
  const controlled = choices.findIndex((c) => (c.column as { sortOrder?: string | null }).sortOrder === c.order);
  const sortIndex = controlled >= 0 ? controlled : ownSort;
  const sorted = useMemo(() => {
    const choice = controlled < 0 && sortIndex >= 0 ? choices[sortIndex] : undefined;
    const sorter = choice?.column.sorter as ((a: T, b: T) => number) | { compare?: (a: T, b: T) => number };
    const compare = typeof sorter === 'function' ? sorter : sorter?.compare;
    if (!choice || !compare) return all;
    const sign = choice.order === 'descend' ? -1 : 1;
    return [...all].sort((a, b) => sign * compare(a, b));
  }, [all, choices, controlled, sortIndex]);

  const current = config?.current ?? ownPage.current;
  const pageSize = config?.pageSize ?? ownPage.pageSize;
  const total = config?.total ?? sorted.length;
  const rows = pageRows(sorted, config ? { current, pageSize, total } : null);

  const paginationState = (page: number, size: number): TablePaginationConfig => ({
    ...config,
    current: page,
    pageSize: size,
  });
  const changePage = (page: number, size: number) => {
    setOwnPage({ current: page, pageSize: size });
    config?.onChange?.(page, size);
    onChange?.(paginationState(page, size), {}, {}, { action: 'paginate', currentDataSource: [...sorted] });
  };
  const changeSort = (value: string | undefined) => {
    const index = value === undefined ? -1 : Number(value);
    const choice = choices[index];
    setOwnSort(choice ? index : -1);
    const sorter: SorterResult<T> = choice
      ? {
          column: choice.column as SorterResult<T>['column'],
          columnKey: choice.column.key,
          field: choice.column.dataIndex as SorterResult<T>['field'],
          order: choice.order,
        }
      : { order: null };
    onChange?.(paginationState(current, pageSize), {}, sorter, { action: 'sort', currentDataSource: [...sorted] });
  };

  const selected = rowSelection?.selectedRowKeys ?? ownSelection;
  const select = (key: Key, on: boolean) => {
    if (!rowSelection) return;
    const visible = new Set(all.map(keyOf));
    const kept = rowSelection.preserveSelectedRowKeys ? [...selected] : selected.filter((k) => visible.has(k));
    const keys =
      rowSelection.type === 'radio'
        ? [key]
        : on
          ? [...kept.filter((k) => k !== key), key]
          : kept.filter((k) => k !== key);
    setOwnSelection(keys);
    const records = keys.map((k) => all.find((r, i) => keyOf(r, i) === k)) as T[];
    rowSelection.onChange?.(keys, records, { type: rowSelection.type === 'radio' ? 'single' : 'multiple' });
  };

  const spinning = typeof loading === 'object' ? Boolean(loading.spinning) : Boolean(loading);
  const emptyText = locale?.emptyText;
  const empty =
    typeof emptyText === 'function' ? (
      emptyText()
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText ?? undefined} />
    );

  // Test ids and other data attributes given to the Table stay on the list's wrapper.
  const data = Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('data-')));
  return (
    <div {...data} className={className ? `${className} data-cards-wrapper` : 'data-cards-wrapper'}>
      {title?.(rows)}
      {choices.length > 0 && (
        <Select
          allowClear
          className="data-cards-sort"
          placeholder={t('common.sortBy')}
          aria-label={t('common.sortBy')}
          value={sortIndex >= 0 ? String(sortIndex) : undefined}
          options={choices.map((c, i) => ({
            value: String(i),
            label:
              typeof c.label === 'string' ? (
                t(c.order === 'ascend' ? 'common.ascending' : 'common.descending', { column: c.label })
              ) : (
                <>
                  {c.label} {t(c.order === 'ascend' ? 'common.ascending' : 'common.descending', { column: '' })}
                </>
              ),
          }))}
          onChange={changeSort}
        />
      )}
      <Spin spinning={spinning}>
        {rows.length === 0 ? (
          <div className="data-cards-empty">{spinning ? null : empty}</div>
        ) : (
          // biome-ignore lint/a11y/noRedundantRoles: a list without bullets loses its role in Safari's VoiceOver
          <ul className="data-cards" role="list">
            {rows.map((record, i) => {
              const index = all.indexOf(record);
              const key = keyOf(record, index >= 0 ? index : i);
              const card = rowCard(columns, record, index >= 0 ? index : i);
              const titleId = `${listId}-${String(key)}`;
              const attrs = (onRow?.(record, index) ?? {}) as HTMLAttributes<HTMLLIElement>;
              const checkbox = rowSelection?.getCheckboxProps?.(record) ?? {};
              const expandedRender = expandable?.expandedRowRender;
              const expands = Boolean(expandedRender) && (expandable?.rowExpandable?.(record) ?? true);
              const isOpen = open.has(key);
              const Choice = rowSelection?.type === 'radio' ? Radio : Checkbox;
              return (
                <li {...attrs} key={key} className="data-card" aria-labelledby={card.title ? titleId : undefined}>
                  <div className="data-card-head">
                    {rowSelection && (
                      <Choice
                        checked={selected.includes(key)}
                        disabled={checkbox.disabled}
                        aria-labelledby={card.title ? titleId : undefined}
                        onChange={(e) => select(key, e.target.checked)}
                      />
                    )}
                    {card.title !== null && (
                      <h3 className="data-card-title" id={titleId}>
                        {card.title}
                      </h3>
                    )}
                  </div>
                  {card.fields.length > 0 && (
                    <dl className="data-card-fields">
                      {card.fields.map((f) => (
                        <div key={f.key} className="data-card-field">
                          <dt>{f.label}</dt>
                          <dd>{f.value}</dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  {expands && expandedRender && (
                    <div className="data-card-more">
                      <Button
                        type="link"
                        size="small"
                        aria-expanded={isOpen}
                        onClick={() =>
                          setOpen((prev) => {
                            const next = new Set(prev);
                            if (next.has(key)) next.delete(key);
                            else next.add(key);
                            return next;
                          })
                        }
                      >
                        {isOpen ? t('common.collapse') : t('common.details')}
                      </Button>
                      {isOpen && expandedRender(record, index, 0, true)}
                    </div>
                  )}
                  {card.actions.length > 0 && (
                    <div className="data-card-actions">
                      {card.actions.map((a, n) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the actions columns, in their fixed order
                        <Fragment key={n}>{a}</Fragment>
                      ))}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Spin>
      {footer?.(rows)}
      {config && (
        <Pagination
          className="data-cards-pagination"
          size="small"
          showLessItems
          {...pager}
          current={current}
          pageSize={pageSize}
          total={total}
          onChange={changePage}
        />
      )}
    </div>
  );
}
