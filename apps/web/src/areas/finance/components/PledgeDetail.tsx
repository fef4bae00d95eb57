import type { Pledge } from '@cz/shared/finance';
import { Alert, Card, Descriptions, List, Space, type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { PledgeStatusTag } from './fundingTags';

type Patent = Pledge['patents'][number];

/** A pledge: the patents with their legal status, valuation and credit, contract, registration (due, late), alerts. */
export function PledgeDetail({ pledge: p }: { pledge: Pledge }) {
  const { t } = useTranslation('finance');
  const columns: TableColumnType<Patent>[] = [
    { title: t('pledge.patentNumber'), dataIndex: 'number' },
    { title: t('pledge.patentTitle'), dataIndex: 'title' },
    { title: t('pledge.patentKind'), dataIndex: 'kind' },
    {
      title: t('pledge.legalStatus'),
      dataIndex: 'legalStatus',
      render: (s: string, x) => (
        <Space size={4} wrap>
          {s}
          {x.transferred && <Tag color="volcano">{t('pledge.transferred')}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {p.registrationLate && <Alert type="error" showIcon title={t('pledge.late')} data-testid="pledge-late" />}
      <Card
        title={t('pledge.number', { id: p.id })}
        extra={<PledgeStatusTag status={p.status} testId="pledge-status" />}
      >
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('fields.enterprise')}>{p.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('fields.institution')}>{p.institutionName}</Descriptions.Item>
          <Descriptions.Item label={t('case.case')}>{t('pledge.loanCase', { id: p.caseId })}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.valuationAgency')}>{p.valuationAgency ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.valuation')}>{formatMoney(p.valuationFen)}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.valuedOn')}>{formatDate(p.valuedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.approvedAmount')}>{formatMoney(p.approvedFen)}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.contractNo')}>{p.contractNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.signedOn')}>{formatDate(p.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.registrationDue')}>
            <span data-testid="pledge-due">{formatDate(p.registrationDue)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('pledge.registrationNo')}>{p.registrationNo ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.registeredOn')}>{formatDate(p.registeredOn)}</Descriptions.Item>
          <Descriptions.Item label={t('pledge.releasedOn')}>{formatDate(p.releasedOn)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('pledge.patents')}>
        <DataTable<Patent> rowKey="id" columns={columns} dataSource={p.patents} pagination={false} />
      </Card>
      <Card title={t('pledge.alerts')}>
        <List
          size="small"
          dataSource={p.alerts}
          locale={{ emptyText: t('pledge.noAlerts') }}
          data-testid="pledge-alerts"
          renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <Tag color="volcano">{t(`pledge.alertKind.${a.kind}`)}</Tag>
                {t('pledge.alertText', { id: a.ipRecordId, at: formatDateTime(a.foundAt) })}
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
