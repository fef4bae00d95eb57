import { Card, Col, Empty, Input, Pagination, Radio, Row, Space, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { useFits } from '../api';
import { FitList } from '../components/FitList';
import { SubscriptionCard } from '../components/SubscriptionCard';

const FIT_LIST = defineList({
  filters: { q: filter.text, result: filter.oneOf(['eligible', 'needs_data'] as const) },
  pageSize: 20,
});

/**
 * 适合我的政策: the open items the enterprise qualifies for (with amounts and their total) or could with more data,
 * searched, filtered and paged on the server (in the URL), and exported.
 */
export function MyPoliciesPage() {
  const { t } = useTranslation('policy');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const listPage = useListPage(FIT_LIST);
  const { q, result } = listPage.filters;
  const fits = useFits(orgId, listPage.query);
  const d = fits.data;
  return (
    <div>
      <PageHeader
        title={t('fits.mine.title')}
        subtitle={t('fits.mine.subtitle')}
        extra={
          orgId ? (
            <ExportButton
              path={`/policy/orgs/${orgId}/fits/export.xlsx`}
              query={listPage.exportQuery}
              fileName="policy-fits.xlsx"
              testId="fits-export"
            />
          ) : undefined
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic title={t('fits.mine.eligible')} value={d?.eligible ?? '-'} data-testid="fits-eligible" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic title={t('fits.mine.needsData')} value={d?.needsData ?? '-'} data-testid="fits-needs-data" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic
              title={t('fits.mine.total')}
              value={d ? formatMoney(d.totalFen) : '-'}
              data-testid="fits-total"
              data-fen={d?.totalFen ?? ''}
            />
          </Card>
        </Col>
      </Row>
      <Card style={{ marginBottom: 12 }}>
        <Space wrap style={{ marginBottom: 12 }}>
          <Radio.Group
            optionType="button"
            aria-label={t('fits.mine.result')}
            value={result ?? 'all'}
            onChange={(ev) => listPage.setFilter('result', ev.target.value === 'all' ? undefined : ev.target.value)}
            options={[
              { value: 'all', label: t('fits.mine.all') },
              { value: 'eligible', label: t('fits.mine.eligible') },
              { value: 'needs_data', label: t('fits.mine.needsData') },
            ]}
            data-testid="fits-result"
          />
          <Input.Search
            key={q ?? ''}
            defaultValue={q}
            allowClear
            placeholder={t('fits.mine.searchPlaceholder')}
            aria-label={t('fits.mine.searchPlaceholder')}
            onSearch={(v) => listPage.setFilter('q', v.trim())}
            style={{ width: 320, maxWidth: '100%' }}
            data-testid="fits-search"
          />
        </Space>
        {fits.isError ? (
          <QueryError error={fits.error} onRetry={() => fits.refetch()} />
        ) : !d ? (
          <Spin />
        ) : d.items.length === 0 ? (
          <Empty description={t('fits.mine.empty')} />
        ) : (
          <div data-testid="my-fits" data-total={d.total}>
            <FitList fits={d.items} member />
            <Pagination align="end" {...listPage.pagination(d.total, { showSizeChanger: false })} />
          </div>
        )}
      </Card>
      {orgId && <SubscriptionCard orgId={orgId} />}
    </div>
  );
}
