import { POLICY_APPLICATION_STATUSES, type PolicyApplication } from '@cz/shared/policy';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { useApplicationList, usePolicyFits } from '../api';
import { useApplicationColumns } from '../components/columns';
import { ModeTag } from '../components/Tags';
import { useApplicationLabels } from '../labels';
import '../applications.css';

const MY_LIST = defineList({
  filters: { q: filter.text, status: filter.oneOf(POLICY_APPLICATION_STATUSES) },
});

/** 我的政策申报: the enterprise's applications with their state, next step and deadline, and the items it may apply for. */
export function MyApplicationsPage() {
  const { t } = useTranslation('policy');
  const { me } = useAuth();
  const listPage = useListPage(MY_LIST);
  const { filters, update } = listPage;
  const list = useApplicationList(listPage.query, !!me?.org);
  const labels = useApplicationLabels();
  const columns = useApplicationColumns((a) => `/my/policy-applications/${a.id}`, false);
  return (
    <div>
      <PageHeader title={t('applications.mine.title')} subtitle={t('applications.mine.subtitle')} />
      <FitsCard orgId={me?.org?.id} />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('applications.mine.search')}
          onSearch={(q) => update({ q })}
          searchTestId="applications-search"
          choices={[
            {
              value: filters.status,
              label: t('applications.fields.status'),
              options: labels.statusOptions,
              onChange: (status) => update({ status }),
              testId: 'applications-status',
            },
          ]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="my-applications" data-total={list.data?.total ?? ''}>
            <DataTable<PolicyApplication>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1100 }}
              locale={{ emptyText: t('applications.mine.empty') }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}

/** The open items the enterprise qualifies for (or could, with more figures), each with its way of claiming. */
function FitsCard({ orgId }: { orgId: number | undefined }) {
  const { t } = useTranslation('policy');
  const fits = usePolicyFits(orgId);
  const items = fits.data?.items ?? [];
  return (
    <Card size="small" title={t('applications.fits.title')} style={{ marginBottom: 12 }} data-testid="policy-fits">
      {fits.isError ? (
        <QueryError error={fits.error} onRetry={() => fits.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.fits.none')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={({ item, eligibility }) => (
            <List.Item
              key={item.id}
              data-testid={`fit-${item.id}`}
              actions={[
                item.mode === 'auto' ? (
                  <Typography.Text type="secondary" key="auto">
                    {t('applications.fits.auto')}
                  </Typography.Text>
                ) : (
                  <LinkButton
                    key="apply"
                    type="primary"
                    size="small"
                    to={`/my/policy-applications/apply/${item.id}`}
                    data-testid={`apply-${item.id}`}
                    aria-label={t('applications.fits.applyTo', { title: item.title })}
                  >
                    {t('applications.fits.apply')}
                  </LinkButton>
                ),
              ]}
            >
              <Space orientation="vertical" size={0}>
                <Space wrap size={6}>
                  <Typography.Text strong>{item.title}</Typography.Text>
                  <ModeTag mode={item.mode} />
                  {eligibility.result === 'needs_data' && (
                    <Tag color="orange">{t('applications.result.needs_data')}</Tag>
                  )}
                </Space>
                <Typography.Text type="secondary">
                  {eligibility.amountFen !== null
                    ? t('applications.fits.amount', { amount: formatMoney(eligibility.amountFen) })
                    : t('applications.form.decidedInReview')}
                  {' · '}
                  {item.closesOn
                    ? t('applications.deadline.closes', { date: formatDate(item.closesOn) })
                    : t('applications.deadline.noClose')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
