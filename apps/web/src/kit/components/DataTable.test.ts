import { createElement, isValidElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { fittingColumns } from './DataTable';
import { leafColumns, pageRows, rowCard, sortChoices } from './table-cards';

describe('fittingColumns', () => {
  it('drops fixed sides, ellipsis and widths, so no column is drawn over another or cut', () => {
    const columns = [
      { title: 'Name', dataIndex: 'name', width: 200, ellipsis: true, fixed: 'left' as const },
      { title: 'Fee', dataIndex: 'fee', width: 90, align: 'right' as const },
      { title: 'Actions', key: 'actions', width: 160, fixed: 'right' as const },
    ];
    expect(fittingColumns(columns)).toEqual([
      { title: 'Name', dataIndex: 'name' },
      { title: 'Fee', dataIndex: 'fee', align: 'right' },
      { title: 'Actions', key: 'actions' },
    ]);
  });

  it('fits grouped columns too and leaves the input alone', () => {
    const columns = [{ title: 'Money', children: [{ title: 'Paid', dataIndex: 'paid', width: 80, ellipsis: true }] }];
    expect(fittingColumns(columns)).toEqual([{ title: 'Money', children: [{ title: 'Paid', dataIndex: 'paid' }] }]);
    expect(columns[0]?.children[0]).toHaveProperty('width', 80);
    expect(fittingColumns(undefined)).toBeUndefined();
  });
});

type Row = { id: number; name: string; fee: number | null; org: { name: string }; status: string };
const row: Row = { id: 12, name: '示例色谱仪', fee: 0, org: { name: '示例检测中心' }, status: 'open' };

describe('rowCard: a row as a phone card, from the same columns', () => {
  const columns = [
    { title: '#', dataIndex: 'id' },
    { title: 'Name', dataIndex: 'name', width: 200, ellipsis: true },
    { title: 'Fee', dataIndex: 'fee', render: (v: number | null) => (v === null ? null : `¥${v}`) },
    { title: 'Provider', dataIndex: ['org', 'name'] },
    { title: 'Hidden', dataIndex: 'status', hidden: true },
    {
      title: 'Actions',
      key: 'a',
      render: (_: unknown, r: Row) =>
        r.status === 'open' ? createElement('button', { type: 'button' }, 'Close') : false,
    },
  ];

  it('titles the card with the first column, labels the others by their titles, and puts the actions last', () => {
    const card = rowCard(columns, row, 0);
    expect(card.title).toBe('#12');
    expect(card.fields).toEqual([
      { key: 'name', label: 'Name', value: '示例色谱仪' },
      { key: 'fee', label: 'Fee', value: '¥0' },
      { key: 'org.name', label: 'Provider', value: '示例检测中心' },
    ]);
    expect(card.actions).toHaveLength(1);
    expect(isValidElement(card.actions[0])).toBe(true);
  });

  it('renders each cell with the value, the record and the index, and leaves out what shows nothing', () => {
    const render = vi.fn((v: string, r: Row, i: number) => `${v}/${r.id}/${i}`);
    const card = rowCard([{ title: 'Name', dataIndex: 'name', render }, ...columns.slice(2)], { ...row, fee: null }, 3);
    expect(render).toHaveBeenCalledWith('示例色谱仪', expect.objectContaining({ id: 12 }), 3);
    expect(card.title).toBe('示例色谱仪/12/3');
    expect(card.fields.map((f) => f.label)).toEqual(['Provider']);
    expect(rowCard(columns, { ...row, status: 'closed' }, 0).actions).toEqual([]);
  });

  it('labels grouped columns with their group, takes the children of an old-style render, and keeps nodes as titles', () => {
    const title = createElement('span', null, 'Money');
    const card = rowCard<Row>(
      [
        { title: 'Name', dataIndex: 'name' },
        {
          title: 'Money',
          children: [{ title: 'Fee', dataIndex: 'fee', render: (v: number) => ({ children: v, props: {} }) }],
        },
        { title, dataIndex: ['org', 'name'] },
      ],
      row,
      0,
    );
    expect(card.fields).toEqual([
      { key: 'fee', label: 'Money · Fee', value: 0 },
      { key: 'org.name', label: title, value: '示例检测中心' },
    ]);
    expect(leafColumns(undefined)).toEqual([]);
  });
});

describe('pageRows: the rows of the current card page, as the Table picks them', () => {
  const rows = Array.from({ length: 25 }, (_, i) => i + 1);
  it('cuts a whole list into pages, keeping the page within the list', () => {
    expect(pageRows(rows, { current: 2, pageSize: 10, total: 25 })).toEqual(rows.slice(10, 20));
    expect(pageRows(rows, { current: 9, pageSize: 10, total: 25 })).toEqual(rows.slice(20));
    expect(pageRows(rows, null)).toBe(rows);
  });

  it('shows a page the server sent as it is', () => {
    const page = rows.slice(0, 10);
    expect(pageRows(page, { current: 3, pageSize: 10, total: 95 })).toBe(page);
  });
});

describe('sortChoices', () => {
  it('offers each sortable column in the directions it allows', () => {
    const choices = sortChoices([
      { title: 'Name', dataIndex: 'name', sorter: true },
      { title: 'Created', dataIndex: 'createdAt', sorter: true, sortDirections: ['descend' as const] },
      { title: 'Fee', dataIndex: 'fee' },
    ]);
    expect(choices.map((c) => [c.label, c.order])).toEqual([
      ['Name', 'ascend'],
      ['Name', 'descend'],
      ['Created', 'descend'],
    ]);
  });
});
