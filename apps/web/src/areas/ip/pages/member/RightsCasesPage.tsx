import { PlusOutlined } from '@ant-design/icons';
import { RIGHTS_CASE_STATUSES, type RightsCase } from '@cz/shared/ip';
import { Card, Segmented, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useRightsCases } from '../../rights.api';

const CASE_LIST = defineList({
  filters: {
    q: filter.text,
    status: filter.oneOf(RIGHTS_CASE_STATUSES),
    // A service provider's member: its own organisation's cases, or those assigned to it as an IP agency.
    scope: filter.oneOf(['mine', 'assigned'] as const),
  },
});
export const CASE_COLORS: Record<RightsCase['status'], string> = {
  submitted: 'processing',
  accepted: 'blue',
  handling: 'cyan',
  mediation: 'purple',
  transferred: 'geekblue',
  closed: 'success',
  declined: 'default',
};

/**
 * 维权援助: an enterprise's cases (and a new one), an expert's assigned cases, an IP agency's (a service provider's
 * members switch between their own and the agency's), or the administration's list (open cases by deadline first,
 * the overdue in red); searched by title, party or number.
 */
export function RightsCasesPage({ admin = false }: { admin?: boolean }) {
  const { t } = useTranslation('ip');
  const { me } = useAuth();
  const listPage = useListPage(CASE_LIST);
  const agency = !admin && me?.org?.kind === 'provider';
  const scope = admin
    ? 'all'
    : me?.role === 'expert'
      ? 'assigned'
      : agency
        ? (listPage.filters.scope ?? 'mine')
        : 'mine';
  // The page's words: an agency's list is the organisation's, an expert's their own.
  const words = scope === 'assigned' && agency ? 'agency' : scope;
  const list = useRightsCases({ ...listPage.query, scope });
  const base = admin ? '/admin/ip-cases' : '/my/ip-cases';
  const columns: TableColumnsType<RightsCase> = [
    {
      title: t('cases.fields.title'),
      dataIndex: 'title',
      render: (v: string, c) => (
        <Link to={`${base}/${c.id}`} data-testid={`case-link-${c.id}`}>
          {v}
        </Link>
      ),
    },
    { title: t('cases.fields.kind'), dataIndex: 'kind', render: (k: RightsCase['kind']) => t(`cases.kinds.${k}`) },
    ...(scope === 'mine' ? [] : [{ title: t('cases.fields.org'), dataIndex: 'orgName' }]),
    {
      title: t('cases.fields.status'),
      dataIndex: 'status',
      render: (s: RightsCase['status'], c) => (
        <Tag color={CASE_COLORS[s]} data-testid={`case-status-${c.id}`} data-status={s}>
          {t(`cases.statuses.${s}`)}
        </Tag>
      ),
    },
    { title: t('cases.fields.expert'), dataIndex: 'expertName', render: (v: string | null) => v ?? '—' },
    { title: t('cases.fields.agency'), dataIndex: 'agencyName', render: (v: string | null) => v ?? '—' },
    {
      title: t('cases.fields.dueOn'),
      dataIndex: 'dueOn',
      render: (d: string | null, c) =>
        d ? (
          <Typography.Text type={c.overdue ? 'danger' : undefined}>
            {formatDate(d)}
            {c.overdue ? ` · ${t('cases.overdue')}` : ''}
          </Typography.Text>
        ) : (
          '—'
        ),
    },
    { title: t('cases.fields.submittedAt'), dataIndex: 'submittedAt', render: formatDateTime },
  ];
  return (
    <div>
      <PageHeader
        title={t(`cases.${words}.title`)}
        subtitle={t(`cases.${words}.subtitle`)}
        extra={
          scope === 'mine' &&
          me?.org && (
            <LinkButton type="primary" icon={<PlusOutlined />} to="/my/ip-cases/new" data-testid="case-new">
              {t('cases.new')}
            </LinkButton>
          )
        }
      />
      <Card>
        {agency && (
          <Segmented
            style={{ marginBottom: 16 }}
            // One tab stop: the options' own radio inputs take the focus and the arrow keys.
            tabIndex={-1}
            aria-label={t('cases.scopeLabel')}
            value={scope}
            onChange={(v) => listPage.setFilter('scope', v === 'mine' ? undefined : v)}
            options={(['mine', 'assigned'] as const).map((value) => ({ value, label: t(`cases.scopes.${value}`) }))}
            data-testid="cases-scope"
          />
        )}
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('cases.search')}
          onSearch={(q) => listPage.setFilter('q', q)}
          searchTestId="cases-search"
          choice={{
            label: t('cases.fields.status'),
            value: listPage.filters.status,
            options: RIGHTS_CASE_STATUSES.map((value) => ({ value, label: t(`cases.statuses.${value}`) })),
            onChange: (v) => listPage.setFilter('status', v),
          }}
          actions={
            <ExportButton
              path="/ip/cases/export.xlsx"
              query={{ ...listPage.exportQuery, scope }}
              fileName="ip-rights-cases.xlsx"
              testId="cases-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="cases" data-total={list.data?.total ?? ''}>
            <DataTable<RightsCase> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
          </div>
        )}
      </Card>
    </div>
  );
}

export const AdminRightsCasesPage = () => <RightsCasesPage admin />;
