import { Card, Collapse, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../kit/components/QueryError';
import { useNeedPrechecks, useProducts } from '../api';
import { PrecheckLines } from './PrecheckLines';
import { VerdictTag } from './tags';

/** Every lending product pre-checked for a need, the eligible first, each with its lines. */
export function NeedPrechecks({ needId }: { needId: number }) {
  const { t } = useTranslation('finance');
  const checks = useNeedPrechecks(needId);
  // The checks name products by id; the supermarket's published products give their names.
  const products = useProducts({ scope: 'public', pageSize: 100 });
  const byId = new Map((products.data?.items ?? []).map((p) => [p.id, p]));
  if (checks.isError) return <QueryError error={checks.error} onRetry={() => checks.refetch()} />;
  const items = checks.data?.items;
  return (
    <Card title={t('precheck.allTitle')} data-testid="need-prechecks">
      {!items ? (
        <Spin />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t('precheck.none')}</Typography.Text>
      ) : (
        <Collapse
          items={items.map((c) => {
            const p = byId.get(c.productId);
            return {
              key: c.productId,
              label: (
                <Space wrap data-testid={`need-precheck-${c.productId}`} data-result={c.result}>
                  <VerdictTag result={c.result} />
                  <span>{p ? `${p.name} · ${p.institutionName}` : t('need.productNo', { id: c.productId })}</span>
                </Space>
              ),
              children: (
                <>
                  <PrecheckLines check={c} testId={`need-precheck-${c.productId}-lines`} />
                  <Link to={`/finance/products/${c.productId}`}>{t('precheck.openProduct')}</Link>
                </>
              ),
            };
          })}
        />
      )}
    </Card>
  );
}
