import { Card, Col, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { ListToolbar } from '../../../../kit/list/ListToolbar';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useVouchers } from '../../api';
import { SchemePicker } from '../../components/SchemePicker';
import { useVoucherColumns } from '../../components/voucher-columns';

const ADMIN_VOUCHERS_PAGE_LIST = { filters: { q: filter.text, schemeId: filter.int } };

/** Every voucher issued, with what is left, held for orders in progress and spent; filtered by scheme in the URL. */
export function AdminVouchersPage() {
  const { t } = useTranslation('voucher');
  const listPage = useListPage(ADMIN_VOUCHERS_PAGE_LIST);
  const { update } = listPage;
  const query = {
    ...listPage.filters,
    scope: 'all' as const,
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useVouchers(query);
  const columns = useVoucherColumns({ withOrg: true });
  return (
    <div>
      <PageHeader title={t('adminVouchers.title')} subtitle={t('adminVouchers.subtitle')} />
      <Card>
        <ListToolbar
          actions={
            <ExportButton
              path="/vouchers/export.xlsx"
              query={{ ...listPage.exportQuery, scope: 'all' }}
              fileName="vouchers.xlsx"
              testId="vouchers-export"
            />
          }
        >
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12}>
              <Input.Search
                key={query.q ?? ''}
                defaultValue={query.q}
                allowClear
                placeholder={t('adminVouchers.searchPlaceholder')}
                aria-label={t('adminVouchers.searchPlaceholder')}
                onSearch={(v) => update({ q: v.trim() })}
                data-testid="voucher-search"
              />
            </Col>
            <Col xs={24} md={10}>
              <SchemePicker
                value={query.schemeId}
                onChange={(v) => update({ schemeId: v })}
                testId="voucher-scheme-filter"
              />
            </Col>
          </Row>
        </ListToolbar>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1500 }}
            locale={{ emptyText: t('adminVouchers.empty') }}
            onRow={(v) => ({ 'data-testid': `voucher-row-${v.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
    </div>
  );
}
