import { Grid, Table, type TableColumnsType, type TableProps } from 'antd';
import { useMemo } from 'react';
import { DataCards } from './DataCards';

/** The width from which every table fits its container: the 1440 px desktop, with the side menu, and wider. */
export const TABLE_FITS_FROM = 'xl' as const;

type Column<T> = TableColumnsType<T>[number];

/**
 * Columns for a table that must fit its container: no fixed columns (they were drawn over the data beside them), no
 * ellipsis and no fixed widths (the browser shares the width by content, and long text wraps instead of being cut).
 */
export function fittingColumns<T>(columns: TableColumnsType<T> | undefined): TableColumnsType<T> | undefined {
  return columns?.map((c): Column<T> => {
    const {
      fixed: _fixed,
      ellipsis: _ellipsis,
      width: _width,
      ...rest
    } = c as Column<T> & {
      fixed?: unknown;
      ellipsis?: unknown;
      width?: unknown;
    };
    const children = (c as { children?: TableColumnsType<T> }).children;
    return (children ? { ...rest, children: fittingColumns(children) } : rest) as Column<T>;
  });
}

/** The width below which a table's rows are cards: phones. */
export const CARDS_BELOW = 'md' as const;

/**
 * antd's Table for every list of the platform. On wide screens it fits its container (wrapping text, no sideways
 * scroll, no fixed column over the data); on tablets it keeps the page's `scroll.x` and fixed columns, so a wide
 * list scrolls inside its card instead of squeezing every cell; on phones each row is a card of label: value pairs
 * built from the same columns (DataCards), with the same paging.
 */
export function DataTable<T extends object>({
  cardSort,
  ...props
}: TableProps<T> & {
  /** On a phone, a sort choice over the cards from the sortable columns; off where the page has its own. */
  cardSort?: boolean;
}) {
  const screens = Grid.useBreakpoint();
  const fits = screens[TABLE_FITS_FROM] ?? true;
  const phone = screens[CARDS_BELOW] === false;
  const { columns, scroll } = props;
  const fitted = useMemo(() => (fits ? fittingColumns(columns) : columns), [fits, columns]);
  if (phone) return <DataCards<T> {...props} cardSort={cardSort ?? true} />;
  if (!fits) return <Table<T> {...props} />;
  const rest = scroll?.y === undefined ? undefined : { y: scroll.y };
  return <Table<T> {...props} columns={fitted} scroll={rest} tableLayout="auto" className={cls(props.className)} />;
}

const cls = (c: string | undefined) => (c ? `${c} fitting-table` : 'fitting-table');
