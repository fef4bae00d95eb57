import type { LoanCase } from '@cz/shared/finance';
import { Card, Descriptions, Space, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { bpToPct, useFinanceLabels } from '../labels';
import { CaseStatusTag } from './tags';

/** A loan case: who claimed it with which product, the terms approved and the money disbursed, and its history. */
export function CaseCard({ loan: c, actions }: { loan: LoanCase; actions?: ReactNode }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  return (
    <Card
      title={t('case.title', { id: c.id, institution: c.institutionName })}
      extra={<CaseStatusTag status={c.status} testId={`case-${c.id}-status`} />}
      data-testid={`case-${c.id}`}
      data-status={c.status}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('fields.product')}>
          {c.productId ? <Link to={`/finance/products/${c.productId}`}>{c.productName}</Link> : t('case.noProduct')}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.requested')}>{formatMoney(c.requestedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('case.approved')}>
          {c.approvedFen === null
            ? '—'
            : t('case.approvedTerms', {
                amount: formatMoney(c.approvedFen),
                rate: c.rateBp === null ? '—' : bpToPct(c.rateBp),
                term: c.termMonths === null ? '—' : t('units.months', { count: c.termMonths }),
              })}
        </Descriptions.Item>
        <Descriptions.Item label={t('case.disbursed')}>
          <span data-testid={`case-${c.id}-disbursed`}>
            {c.disbursedFen === null
              ? '—'
              : t('case.disbursedOn', { amount: formatMoney(c.disbursedFen), date: formatDate(c.disbursedOn) })}
          </span>
        </Descriptions.Item>
        {c.declineReason && (
          <Descriptions.Item label={t('case.declineReason')}>{t(`declineReason.${c.declineReason}`)}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('case.claimedAt')}>{formatDateTime(c.claimedAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('case.history')}
      </Typography.Title>
      <Timeline
        data-testid={`case-${c.id}-history`}
        items={c.events.map((e) => ({
          key: `${e.status}-${e.at}`,
          content: (
            <Space orientation="vertical" size={0} data-status={e.status}>
              <span>
                <Typography.Text strong>{labels.caseStatus(e.status)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  · {formatDateTime(e.at)} · {e.byName}
                </Typography.Text>
              </span>
              {e.note && <Typography.Text>{e.note}</Typography.Text>}
            </Space>
          ),
        }))}
      />
      {actions}
    </Card>
  );
}
