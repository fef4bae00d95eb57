import { Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Row = { key: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, 2));

/** Field-by-field comparison of an audit row's before and after; unchanged fields are hidden unless asked for. */
export function diffRows(before: unknown, after: unknown): Row[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => ({ key, before: b[key], after: a[key], changed: show(b[key]) !== show(a[key]) }));
}

export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation('audit');
  const [all, setAll] = useState(false);
  const structured =
    (before === null || before === undefined || isRecord(before)) &&
    (after === null || after === undefined || isRecord(after));
  if (!structured) {
    return (
      <div className="json-cell">
        {t('audit.before')}: {show(before)}
        {'\n'}
        {t('audit.after')}: {show(after)}
      </div>
    );
  }
  const rows = diffRows(before, after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noData')}</Typography.Text>;
  const visible = all ? rows : rows.filter((r) => r.changed);
  return (
    <div data-testid="audit-diff">
      <div style={{ marginBottom: 8 }}>
        <Switch size="small" checked={all} onChange={setAll} />{' '}
        <Typography.Text type="secondary">{t('audit.showAll')}</Typography.Text>
      </div>
      <Table<Row>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={visible}
        scroll={{ x: 640 }}
        rowClassName={(r) => (r.changed && all ? 'diff-changed' : '')}
        columns={[
          { title: t('audit.field'), dataIndex: 'key', width: 160 },
          {
            title: t('audit.before'),
            dataIndex: 'before',
            render: (v: unknown) => <div className="json-cell">{show(v)}</div>,
          },
          {
            title: t('audit.after'),
            dataIndex: 'after',
            render: (v: unknown) => <div className="json-cell">{show(v)}</div>,
          },
        ]}
      />
    </div>
  );
}
