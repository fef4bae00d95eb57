import type { Product } from '@cz/shared/finance';
import type { TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../kit/datetime';
import { useFinanceLabels } from '../labels';
import { LabelTags, ProductStatusTag } from './tags';

type Column = TableColumnType<Product>;

/** The columns the lists of products share; `link` says where a name leads. */
export function useProductColumns(link: (p: Product) => string, withStatus: boolean): Column[] {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const columns: Column[] = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      render: (v: string, p) => (
        <Link to={link(p)} data-testid={`product-row-${p.id}`}>
          {v}
        </Link>
      ),
    },
    {
      title: t('fields.institution'),
      dataIndex: 'institutionName',
      render: (v: string, p) => <Link to={`/finance/institutions/${p.institutionOrgId}`}>{v}</Link>,
    },
    { title: t('fields.kind'), dataIndex: 'kind', render: labels.productKind },
    { title: t('fields.labels'), dataIndex: 'labels', render: (codes: string[]) => <LabelTags codes={codes} /> },
    { title: t('fields.amount'), key: 'amount', render: (_: unknown, p) => labels.moneyRange(p.amount) },
    { title: t('fields.term'), key: 'term', render: (_: unknown, p) => labels.monthRange(p.termMonths) },
    { title: t('fields.rate'), key: 'rate', render: (_: unknown, p) => labels.rate(p.rate) },
    {
      title: t('fields.approvalDays'),
      dataIndex: 'approvalDays',
      render: (n: number) => t('units.workingDays', { count: n }),
    },
  ];
  if (withStatus)
    columns.push(
      {
        title: t('fields.status'),
        dataIndex: 'status',
        render: (s: Product['status'], p) => <ProductStatusTag status={s} testId={`product-status-${p.id}`} />,
      },
      { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    );
  return columns;
}
