import type { TableColumnsType } from 'antd';
import { isValidElement, type Key, type ReactNode } from 'react';

/**
 * A table row as a card on a phone, built from the table's own columns: the first column's cell is the card's title,
 * every other column a label (its title) and a value (its cell, through the same render function), and the actions
 * column (key `a` or `actions`) what goes at the bottom. Pure, so the mapping is tested without a browser.
 */
type Column<T> = TableColumnsType<T>[number];
type Leaf<T> = Column<T> & {
  dataIndex?: string | number | readonly (string | number)[];
  render?: (value: unknown, record: T, index: number) => unknown;
  sorter?: unknown;
  hidden?: boolean;
};

/** The keys the platform gives its actions columns. */
export const ACTION_COLUMN_KEYS: readonly Key[] = ['a', 'actions'];

export type CardField = { key: string; label: ReactNode; value: ReactNode };
export type RowCard = { title: ReactNode; fields: CardField[]; actions: ReactNode[] };

/** A column's title as text or nodes (a title function is called as antd would, without sort state). */
function titleOf<T>(c: Column<T>): ReactNode {
  const title = (c as { title?: ReactNode | ((props: object) => ReactNode) }).title;
  return typeof title === 'function' ? title({}) : title;
}

export const isActionColumn = <T>(c: Column<T>) => c.key !== undefined && ACTION_COLUMN_KEYS.includes(c.key);

/** The columns that hold cells, grouped columns flattened ("Group · Child"), hidden ones left out. */
export function leafColumns<T>(columns: TableColumnsType<T> | undefined): { column: Leaf<T>; label: ReactNode }[] {
  const out: { column: Leaf<T>; label: ReactNode }[] = [];
  const walk = (cols: TableColumnsType<T>, group: ReactNode) => {
    for (const c of cols) {
      if ((c as Leaf<T>).hidden) continue;
      const own = titleOf(c);
      const label =
        group === undefined || group === null
          ? own
          : typeof group === 'string' && typeof own === 'string'
            ? `${group} · ${own}`
            : own;
      const children = (c as { children?: TableColumnsType<T> }).children;
      if (children) walk(children, label);
      else out.push({ column: c as Leaf<T>, label });
    }
  };
  walk(columns ?? [], undefined);
  return out;
}

/** What a cell shows: the record's value at the column's `dataIndex`, through its `render` when it has one. */
export function cellOf<T>(column: Leaf<T>, record: T, index: number): ReactNode {
  const path = column.dataIndex;
  const value =
    path === undefined
      ? undefined
      : ((Array.isArray(path) ? path : [path]) as readonly (string | number)[]).reduce<unknown>(
          (o: unknown, k: string | number) =>
            o === null || o === undefined ? undefined : (o as Record<string | number, unknown>)[k],
          record,
        );
  const shown = column.render ? column.render(value, record, index) : value;
  // antd's older form: `{ children, props }` from a render function.
  if (shown && typeof shown === 'object' && !isValidElement(shown) && 'children' in shown && 'props' in shown)
    return (shown as { children: ReactNode }).children;
  return shown as ReactNode;
}

/** Nothing to show: such a field is left out of the card rather than printed empty. */
export const isBlank = (v: ReactNode) => v === null || v === undefined || v === false || v === '';

const keyOf = <T>(c: Leaf<T>, i: number) =>
  String(c.key ?? (Array.isArray(c.dataIndex) ? c.dataIndex.join('.') : (c.dataIndex ?? i)));

/** One row as a card. A title column named "#" gives a title "#12", as the number is shown elsewhere. */
export function rowCard<T>(columns: TableColumnsType<T> | undefined, record: T, index: number): RowCard {
  const leaves = leafColumns(columns);
  const actions = leaves.filter((l) => isActionColumn(l.column));
  const data = leaves.filter((l) => !isActionColumn(l.column));
  const [first, ...rest] = data;
  let title: ReactNode = null;
  if (first) {
    const v = cellOf(first.column, record, index);
    title = first.label === '#' && (typeof v === 'number' || typeof v === 'string') ? `#${v}` : v;
  }
  const fields: CardField[] = [];
  rest.forEach(({ column, label }, i) => {
    const value = cellOf(column, record, index);
    if (!isBlank(value)) fields.push({ key: keyOf(column, i + 1), label, value });
  });
  const shown = actions.map((a) => cellOf(a.column, record, index)).filter((v) => !isBlank(v));
  return { title: isBlank(title) ? null : title, fields, actions: shown };
}

/**
 * The rows of the current page, as antd's Table picks them: a list the server pages (fewer rows than the total) is
 * shown as it is; a whole list is cut into pages here.
 */
export function pageRows<T>(
  rows: readonly T[],
  page: { current: number; pageSize: number; total: number } | null,
): readonly T[] {
  if (!page) return rows;
  const { pageSize, total } = page;
  if (rows.length < total && rows.length <= pageSize) return rows;
  const last = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page.current), last);
  return rows.slice((current - 1) * pageSize, current * pageSize);
}

/** The columns a phone reader may sort by, each way its column allows. */
export function sortChoices<T>(
  columns: TableColumnsType<T> | undefined,
): { column: Leaf<T>; label: ReactNode; order: 'ascend' | 'descend' }[] {
  const out: { column: Leaf<T>; label: ReactNode; order: 'ascend' | 'descend' }[] = [];
  for (const { column, label } of leafColumns(columns)) {
    if (!column.sorter) continue;
    const ways = (column as { sortDirections?: readonly ('ascend' | 'descend')[] }).sortDirections ?? [
      'ascend',
      'descend',
    ];
    for (const order of ways) out.push({ column, label, order });
  }
  return out;
}
