import type { FactDiff } from '@cz/shared';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/datetime';

/** Each verified fact asked to change: its verified value and the value asked for, in the reader's language. */
export function FactDiffList({ changes, testId }: { changes: FactDiff[]; testId?: string }) {
  const { t } = useTranslation('org');
  const show = (d: FactDiff, value: FactDiff['from']) => {
    if (value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('factChanges.yes') : t('factChanges.no');
    if (d.field === 'kind') return t(`enums.orgKind.${value}` as 'enums.orgKind.enterprise');
    if (d.field === 'hteValidFrom' || d.field === 'hteValidTo') return formatDate(value);
    return value;
  };
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={changes}
      data-testid={testId}
      columns={[
        {
          title: t('factChanges.field'),
          dataIndex: 'field',
          width: 200,
          render: (f: FactDiff['field']) => t(`org.fields.${f}`),
        },
        { title: t('factChanges.from'), key: 'from', render: (_: unknown, d) => show(d, d.from) },
        { title: t('factChanges.to'), key: 'to', render: (_: unknown, d) => <strong>{show(d, d.to)}</strong> },
      ]}
    />
  );
}
