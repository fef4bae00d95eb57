import { CONTRACT_KIND_INFO, REGISTRATION_STATUSES, type Registration } from '@cz/shared/market';
import { Card, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { RegistrationStatusTag } from '../../components/dealTags';
import { useRegistrations } from '../../deals.api';

const REGISTRATION_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(REGISTRATION_STATUSES) } });

/**
 * 技术合同登记: an organisation's registrations (scope mine), or the registration point's list of every application
 * (scope all), open ones by their deadline first, the overdue marked.
 */
export function RegistrationsPage({ scope = 'mine' }: { scope?: 'mine' | 'all' }) {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const money = useFormatMoney();
  const listPage = useListPage(REGISTRATION_LIST);
  const list = useRegistrations({ ...listPage.query, scope });
  const all = scope === 'all';
  const base = all ? '/admin' : '/my';
  const columns: TableColumnsType<Registration> = [
    {
      title: t('registrations.columns.contract'),
      dataIndex: 'contractTitle',
      render: (title: string, r) => (
        <Link to={`${base}/market/registrations/${r.id}`} data-testid={`registration-link-${r.id}`}>
          {title}
        </Link>
      ),
    },
    {
      title: t('registrations.columns.kind'),
      dataIndex: 'kind',
      render: (k: Registration['kind']) => (locale === 'zh-CN' ? CONTRACT_KIND_INFO[k].zh : CONTRACT_KIND_INFO[k].en),
    },
    { title: t('registrations.columns.seller'), dataIndex: 'sellerName' },
    { title: t('registrations.columns.buyer'), dataIndex: 'buyerName' },
    {
      title: t('registrations.columns.techTrade'),
      dataIndex: 'techTradeFen',
      align: 'right',
      render: (v: number) => money(v),
    },
    {
      title: t('registrations.columns.status'),
      dataIndex: 'status',
      render: (s: Registration['status'], r) => (
        <RegistrationStatusTag status={s} testId={`registration-status-${r.id}`} />
      ),
    },
    {
      title: t('registrations.columns.dueOn'),
      dataIndex: 'dueOn',
      render: (d: string, r) =>
        r.status === 'submitted' ? (
          <Typography.Text type={r.overdue ? 'danger' : undefined} data-testid={`registration-due-${r.id}`}>
            {formatDate(d)}
            {r.overdue
              ? ` · ${t('registrations.detail.overdue')}`
              : ` · ${t('registrations.detail.daysLeft', { days: r.workingDaysLeft })}`}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('registrations.columns.number'), dataIndex: 'number', render: (n: string | null) => n ?? '—' },
  ];
  return (
    <div>
      <PageHeader
        title={t(all ? 'registrations.admin.title' : 'registrations.mine.title')}
        subtitle={t(all ? 'registrations.admin.subtitle' : 'registrations.mine.subtitle')}
        extra={
          !all && (
            <LinkButton to="/my/market/contracts/offline/new" data-testid="contract-offline-new">
              {t('contracts.offline.new')}
            </LinkButton>
          )
        }
      />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('registrations.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="registrations-search"
          choices={[
            {
              value: listPage.filters.status,
              label: t('registrations.columns.status'),
              options: REGISTRATION_STATUSES.map((value) => ({ value, label: t(`registrations.status.${value}`) })),
              onChange: (v: string | undefined) => listPage.update({ status: v }),
            },
          ]}
          actions={
            <ExportButton
              path="/market/registrations/export.xlsx"
              query={{ ...listPage.exportQuery, scope }}
              fileName="contract-registrations.xlsx"
              testId="registrations-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="registrations" data-total={list.data?.total ?? ''}>
            <DataTable<Registration>
              rowKey="id"
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}

/** The registration point's list. */
export const AdminRegistrationsPage = () => <RegistrationsPage scope="all" />;
