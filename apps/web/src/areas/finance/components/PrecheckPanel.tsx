import { Card, Select, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../kit/components/QueryError';
import { formatMoney } from '../../../kit/money';
import { useNeeds, usePrecheck } from '../api';
import { useFinanceLabels } from '../labels';
import { PrecheckLines } from './PrecheckLines';

/** 产品预检 for the logged-in enterprise: the product's conditions on its facts, and with one of its needs, the terms. */
export function PrecheckPanel({ productId }: { productId: number }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const [needId, setNeedId] = useState<number | undefined>();
  const needs = useNeeds({ scope: 'mine', pageSize: 100 });
  const check = usePrecheck(productId, needId, true);
  const options = (needs.data?.items ?? []).map((n) => ({
    value: n.id,
    label: t('precheck.needOption', {
      id: n.id,
      amount: formatMoney(n.amountFen),
      term: t('units.months', { count: n.termMonths }),
      status: labels.needStatus(n.status),
    }),
  }));
  return (
    <Card title={t('precheck.title')} data-testid="precheck">
      <Typography.Paragraph type="secondary">{t('precheck.hint')}</Typography.Paragraph>
      <Select
        allowClear
        style={{ width: '100%', maxWidth: 480, marginBottom: 16 }}
        placeholder={t('precheck.pickNeed')}
        aria-label={t('precheck.pickNeed')}
        options={options}
        value={needId}
        onChange={(v: number | undefined) => setNeedId(v)}
        data-testid="precheck-need"
      />
      {check.isError ? (
        <QueryError error={check.error} onRetry={() => check.refetch()} />
      ) : check.data ? (
        <PrecheckLines check={check.data} testId="precheck-result" />
      ) : (
        <Spin />
      )}
    </Card>
  );
}
