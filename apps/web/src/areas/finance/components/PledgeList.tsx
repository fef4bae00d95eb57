import type { Pledge } from '@cz/shared/finance';
import { Card, Space, type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { formatMoney } from '../../../kit/money';
import { usePledges } from '../pools.api';
import { PledgeStatusTag } from './fundingTags';

const PLEDGE_LIST = defineList({ filters: { q: filter.text } });

/**
 * IP pledges, paged and searched by a party's name or the contract or registration number: my institution's, my
 * enterprise's or all; each row opens the pledge. The list exports as Excel.
 */
export function PledgeList({ scope, link }: { scope: 'institution' | 'mine' | 'all'; link: (p: Pledge) => string }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(PLEDGE_LIST);
  const list = usePledges({ ...listPage.query, scope });
  const columns: TableColumnType<Pledge>[] = [
    {
      title: t('pledge.title'),
      dataIndex: 'id',
      render: (id: number, p) => (
        <Link to={link(p)} data-testid={`pledge-row-${id}`}>
          {t('pledge.number', { id })} · {scope === 'mine' ? p.institutionName : p.orgName}
        </Link>
      ),
    },
    ...(scope === 'all' ? [{ title: t('fields.institution'), dataIndex: 'institutionName' }] : []),
    { title: t('case.case'), dataIndex: 'caseId', render: (id: number) => t('pledge.loanCase', { id }) },
    {
      title: t('pledge.patents'),
      dataIndex: 'patents',
      render: (ps: Pledge['patents']) => ps.map((x) => x.number).join(', ') || '—',
    },
    { title: t('pledge.approvedAmount'), dataIndex: 'approvedFen', render: (v: number | null) => formatMoney(v) },
    {
      title: t('pledge.registrationDue'),
      dataIndex: 'registrationDue',
      render: (d: string | null, p) => (
        <Space size={4} wrap>
          {formatDate(d)}
          {p.registrationLate && (
            <Tag color="error" data-testid={`pledge-row-${p.id}-late`}>
              {t('pledge.late')}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      title: t('pledge.alerts'),
      dataIndex: 'alerts',
      render: (a: Pledge['alerts']) =>
        a.length === 0 ? '—' : <Tag color="volcano">{a.map((x) => t(`pledge.alertKind.${x.kind}`)).join('、')}</Tag>,
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (s: Pledge['status'], p) => <PledgeStatusTag status={s} testId={`pledge-row-${p.id}-status`} />,
    },
  ];
  return (
    <Card>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('pledge.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="pledges-search"
        actions={
          <ExportButton
            path="/finance/pledges/export.xlsx"
            query={{ ...listPage.exportQuery, scope }}
            fileName="ip-pledges.xlsx"
            testId="pledges-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="pledges" data-total={list.data?.total ?? ''}>
          <DataTable<Pledge> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
