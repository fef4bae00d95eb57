import { CalendarOutlined, CheckSquareOutlined, CloseOutlined } from '@ant-design/icons';
import {
  APPLICATION_DUE_FILTERS,
  POLICY_APPLICATION_STATUSES,
  POLICY_ITEM_MODES,
  type PolicyApplication,
} from '@cz/shared/policy';
import { Button, Card, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useApplicationList } from '../api';
import { overdueRow, useApplicationColumns } from '../components/columns';
import { useApplicationLabels } from '../labels';
import '../applications.css';

const ADMIN_LIST = defineList({
  filters: {
    q: filter.text,
    status: filter.oneOf(POLICY_APPLICATION_STATUSES),
    mode: filter.oneOf(POLICY_ITEM_MODES),
    due: filter.oneOf(APPLICATION_DUE_FILTERS),
    itemId: filter.int,
    orgId: filter.int,
  },
});

/**
 * 政策申报审核: every application of the department's items, by item, state, enterprise and 快申快享 deadline
 * (overdue ones stand out), with the Excel export and the ways to the 免申即享 lists and the calendar.
 */
export function AdminApplicationsPage() {
  const { t } = useTranslation('policy');
  const listPage = useListPage(ADMIN_LIST);
  const { filters, update } = listPage;
  const list = useApplicationList(listPage.query);
  const labels = useApplicationLabels();
  const columns = useApplicationColumns((a) => `/admin/policy-applications/${a.id}`, true);
  return (
    <div>
      <PageHeader
        title={t('applications.admin.title')}
        subtitle={t('applications.admin.subtitle')}
        extra={
          <>
            <LinkButton
              to="/admin/policy-applications/auto"
              icon={<CheckSquareOutlined />}
              data-testid="auto-confirm-link"
            >
              {t('applications.auto.title')}
            </LinkButton>
            <LinkButton to="/admin/policy-holidays" icon={<CalendarOutlined />}>
              {t('applications.holidays.title')}
            </LinkButton>
            <ExportButton
              path="/policy/applications/export.xlsx"
              query={listPage.exportQuery}
              fileName="policy-applications.xlsx"
              testId="applications-export"
            />
          </>
        }
      />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('applications.admin.search')}
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
            {
              value: filters.mode,
              label: t('applications.fields.mode'),
              options: labels.modeOptions,
              onChange: (mode) => update({ mode }),
            },
            {
              value: filters.due,
              label: t('applications.admin.due'),
              options: APPLICATION_DUE_FILTERS.map((value) => ({
                value,
                label: t(`applications.admin.dues.${value}`),
              })),
              onChange: (due) => update({ due }),
              testId: 'applications-due',
            },
          ]}
        />
        {(filters.itemId || filters.orgId) && (
          <Space wrap style={{ marginBottom: 12 }}>
            {filters.itemId && <Tag>{t('applications.admin.itemFilter', { id: filters.itemId })}</Tag>}
            {filters.orgId && <Tag>{t('applications.admin.orgFilter', { id: filters.orgId })}</Tag>}
            <Button
              size="small"
              icon={<CloseOutlined />}
              onClick={() => update({ itemId: undefined, orgId: undefined })}
            >
              {t('applications.admin.clear')}
            </Button>
          </Space>
        )}
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="admin-applications" data-total={list.data?.total ?? ''}>
            <DataTable<PolicyApplication>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1300 }}
              onRow={overdueRow}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
