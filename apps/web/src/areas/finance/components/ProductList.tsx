import { PRODUCT_KINDS, PRODUCT_STATUSES, type Product, type ProductStatus } from '@cz/shared/finance';
import { Card, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { LinkButton } from '../../../kit/components/LinkButton';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useProducts } from '../api';
import { useFinanceLabels } from '../labels';
import { useProductColumns } from './productColumns';

const statusOrAll = (p: URLSearchParams, k: string) => {
  const v = p.get(k);
  return v === 'all' || (PRODUCT_STATUSES as readonly string[]).includes(v ?? '')
    ? (v as ProductStatus | 'all')
    : undefined;
};
export const PRODUCT_LIST = defineList({
  filters: { q: filter.text, kind: filter.oneOf(PRODUCT_KINDS), label: filter.text, status: statusOrAll },
});
export const MAX_COMPARE = 4;

/**
 * A searchable, filtered, paged list of financial products: the supermarket (published, with a choice of two to four
 * to compare), an institution's own (every status) or the finance office's (every status, the submitted first).
 */
export function ProductList({
  scope,
  link,
  testId,
  institutionOrgId,
  defaultStatus,
  compare = false,
}: {
  scope: 'public' | 'mine' | 'all';
  link: (p: Product) => string;
  testId: string;
  institutionOrgId?: number;
  /** The status shown while the URL names none ('all' to show every status). */
  defaultStatus?: ProductStatus;
  compare?: boolean;
}) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const listPage = useListPage(PRODUCT_LIST);
  const { status: asked, ...filters } = listPage.filters;
  const status = asked === 'all' ? undefined : (asked ?? defaultStatus);
  const { status: _s, ...query } = listPage.query;
  const { status: _x, ...exportQuery } = listPage.exportQuery;
  const extra = { scope, ...(institutionOrgId ? { institutionOrgId } : {}), ...(status ? { status } : {}) };
  const list = useProducts({ ...query, ...extra });
  const [picked, setPicked] = useState<number[]>([]);
  const base = useProductColumns(link, scope !== 'public');
  const columns = compare
    ? [
        ...base,
        {
          title: t('market.compare'),
          key: 'pick',
          render: (_: unknown, p: Product) => (
            <Checkbox
              checked={picked.includes(p.id)}
              disabled={!picked.includes(p.id) && picked.length >= MAX_COMPARE}
              onChange={(e) =>
                setPicked((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((id) => id !== p.id)))
              }
              aria-label={t('market.pick', { name: p.name })}
              data-testid={`product-pick-${p.id}`}
            >
              {t('market.pickShort')}
            </Checkbox>
          ),
        },
      ]
    : base;
  const choices = [
    {
      value: filters.kind,
      label: t('fields.kind'),
      options: labels.productKindOptions,
      onChange: (v: string | undefined) => listPage.update({ kind: v }),
      testId: `${testId}-kind`,
    },
    {
      value: filters.label,
      label: t('fields.labels'),
      options: labels.labelOptions,
      onChange: (v: string | undefined) => listPage.update({ label: v }),
      testId: `${testId}-label`,
    },
    ...(scope === 'public'
      ? []
      : [
          {
            value: asked ?? defaultStatus ?? 'all',
            label: t('fields.status'),
            options: [{ value: 'all', label: t('fields.allStatuses') }, ...labels.productStatusOptions],
            onChange: (v: string | undefined) => listPage.update({ status: v ?? 'all' }),
            testId: `${testId}-status`,
          },
        ]),
  ];
  return (
    <Card>
      <SearchToolbar
        q={filters.q}
        placeholder={t('market.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId={`${testId}-search`}
        choices={choices}
        actions={
          <>
            {compare && (
              <LinkButton
                type="primary"
                to={`/finance/compare?ids=${picked.join(',')}`}
                disabled={picked.length < 2}
                data-testid="product-compare"
              >
                {t('market.compareCount', { count: picked.length })}
              </LinkButton>
            )}
            <ExportButton
              path="/finance/products/export.xlsx"
              query={{ ...exportQuery, ...extra }}
              fileName="finance-products.xlsx"
              testId={`${testId}-export`}
            />
          </>
        }
      />
      {compare && <Typography.Paragraph type="secondary">{t('market.compareHint')}</Typography.Paragraph>}
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid={testId} data-total={list.data?.total ?? ''}>
          <DataTable<Product> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
