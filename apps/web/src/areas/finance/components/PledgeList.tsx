import type { Pledge } from '@cz/shared/finance';
import { Card, Space, type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { usePledges } from '../pools.api';
import { PledgeStatusTag } from './fundingTags';

/** IP pledges: my institution's, my enterprise's or all; each row opens the pledge. */
export function PledgeList({ scope, link }: { scope: 'institution' | 'mine' | 'all'; link: (p: Pledge) => string }) {
  const { t } = useTranslation('finance');
  const list = usePledges(scope);
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
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="pledges" data-total={list.data?.items.length ?? ''}>
          <DataTable<Pledge> rowKey="id" columns={columns} dataSource={list.data?.items} loading={list.isLoading} />
        </div>
      )}
    </Card>
  );
}
