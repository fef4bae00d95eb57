import type { Product } from '@cz/shared/finance';
import { Alert, Card, Spin, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useCompare } from '../../api';
import { LabelTags } from '../../components/tags';
import { useFinanceLabels } from '../../labels';

type Row = { key: string; term: string; values: ReactNode[] };

/** Two to four published products side by side: one row per term, one column per product. */
export function ComparePage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const [params] = useSearchParams();
  const ids = [
    ...new Set(
      (params.get('ids') ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0),
    ),
  ].slice(0, 4);
  const compare = useCompare(ids);
  const header = <PageHeader title={t('compare.title')} subtitle={t('compare.subtitle')} />;
  if (ids.length < 2)
    return (
      <div>
        {header}
        <Alert
          type="info"
          showIcon
          title={t('compare.pickTwo')}
          action={<LinkButton to="/finance">{t('compare.back')}</LinkButton>}
        />
      </div>
    );
  if (compare.isError) return <QueryError error={compare.error} onRetry={() => compare.refetch()} />;
  const items = compare.data?.items;
  if (!items) return <Spin />;
  const row = (key: string, term: string, value: (p: Product) => ReactNode): Row => ({
    key,
    term,
    values: items.map(value),
  });
  const rows: Row[] = [
    row('institution', t('fields.institution'), (p) => p.institutionName),
    row('kind', t('fields.kind'), (p) => labels.productKind(p.kind)),
    row('labels', t('fields.labels'), (p) => <LabelTags codes={p.labels} />),
    row('amount', t('fields.amount'), (p) => labels.moneyRange(p.amount)),
    row('term', t('fields.term'), (p) => labels.monthRange(p.termMonths)),
    row('rate', t('fields.rate'), (p) => labels.rate(p.rate)),
    row('guarantee', t('fields.guaranteeKinds'), (p) => labels.list(p.guaranteeKinds, labels.guarantee)),
    row('collateral', t('fields.collateralKinds'), (p) => labels.list(p.collateralKinds, labels.collateral)),
    row('repayment', t('fields.repaymentKinds'), (p) => labels.list(p.repaymentKinds, labels.repayment)),
    row('approval', t('fields.approvalDays'), (p) => t('units.workingDays', { count: p.approvalDays })),
    row('regions', t('fields.regions'), (p) => (p.regions.length ? p.regions.join('、') : t('product.everywhere'))),
    row('materials', t('fields.materials'), (p) => p.materials.join('、') || '—'),
  ];
  const columns: TableColumnType<Row>[] = [
    { title: t('compare.term'), dataIndex: 'term' },
    ...items.map((p, i) => ({
      title: (
        <Link to={`/finance/products/${p.id}`} data-testid={`compare-product-${p.id}`}>
          {p.name}
        </Link>
      ),
      key: `p${p.id}`,
      render: (_: unknown, r: Row) => r.values[i],
    })),
  ];
  return (
    <div>
      {header}
      <Card>
        <div data-testid="compare" data-count={items.length}>
          <DataTable<Row> rowKey="key" columns={columns} dataSource={rows} pagination={false} cardSort={false} />
        </div>
      </Card>
    </div>
  );
}
