import type { FinanceNeed } from '@cz/shared/finance';
import { Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { bpToPct, useFinanceLabels } from '../labels';
import { FirstContact } from './needBits';
import { NeedStatusTag } from './tags';

const PUSH_COLORS = { pushed: 'processing', claimed: 'success', passed: 'default' } as const;

/** A need as its enterprise, a pushed institution or the finance office reads it, with where it was pushed. */
export function NeedSummary({ need: n }: { need: FinanceNeed }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('fields.status')}>
            <NeedStatusTag status={n.status} testId="need-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.enterprise')}>{n.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('fields.amount')}>
            <span data-testid="need-amount">{formatMoney(n.amountFen)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.term')}>{t('units.months', { count: n.termMonths })}</Descriptions.Item>
          <Descriptions.Item label={t('fields.purpose')}>{labels.purpose(n.purpose)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.neededBy')}>{formatDate(n.neededBy)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.guaranteeOffered')}>
            {labels.list(n.guaranteeOffered, labels.guarantee)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.collateral')}>
            {labels.list(n.collateral, labels.collateral)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.rateCeiling')}>
            {n.rateCeilingBp === null ? t('need.noCeiling') : bpToPct(n.rateCeilingBp)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.postedAt')}>{formatDateTime(n.postedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.firstContactDue')}>
            <FirstContact need={n} />
          </Descriptions.Item>
          {n.escalatedAt && (
            <Descriptions.Item label={t('need.escalatedAt')}>{formatDateTime(n.escalatedAt)}</Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
          {t('fields.purposeText')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.purposeText}</Typography.Paragraph>
      </Card>
      <Card title={t('need.pushes')} data-testid="need-pushes">
        <DataTable<FinanceNeed['pushes'][number]>
          rowKey="institutionOrgId"
          size="small"
          pagination={false}
          cardSort={false}
          dataSource={n.pushes}
          locale={{ emptyText: t('need.noPushes') }}
          columns={[
            {
              title: t('fields.institution'),
              dataIndex: 'institutionName',
              render: (v: string, p) => (
                <span data-testid={`push-${p.institutionOrgId}`} data-status={p.status}>
                  {v}
                </span>
              ),
            },
            {
              title: t('need.fitting'),
              dataIndex: 'productIds',
              render: (ids: number[], p) =>
                ids.length ? (
                  <Space wrap size={4}>
                    {ids.map((id, i) => (
                      <Link key={id} to={`/finance/products/${id}`}>
                        {p.productNames[i] ?? t('need.productNo', { id })}
                      </Link>
                    ))}
                  </Space>
                ) : (
                  t('need.pushedByOffice')
                ),
            },
            {
              title: t('need.answer'),
              dataIndex: 'status',
              render: (s: keyof typeof PUSH_COLORS) => (
                <Tag color={PUSH_COLORS[s]} style={{ marginInlineEnd: 0 }}>
                  {t(`pushStatus.${s}`)}
                </Tag>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
