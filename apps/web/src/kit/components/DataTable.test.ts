import { describe, expect, it } from 'vitest';
import { fittingColumns } from './DataTable';

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
