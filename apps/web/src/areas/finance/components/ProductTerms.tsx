import '../../policy/items/items.css';
import type { Product } from '@cz/shared/finance';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { ConditionText } from '../../policy/items/components/ConditionText';
import { useFinanceLabels } from '../labels';
import { LabelTags } from './tags';

const Heading = ({ children }: { children: string }) => (
  <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
    {children}
  </Typography.Title>
);

/** Every term of a product: amount, term and rate as min / default / max, what backs it, materials, where, who. */
export function ProductTerms({ product: p }: { product: Product }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const range = (min: string, def: string, max: string) => t('fields.rangeText', { min, def, max });
  return (
    <Card data-testid="product-terms">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{p.summary}</Typography.Paragraph>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('fields.institution')}>
          <Link to={`/finance/institutions/${p.institutionOrgId}`}>{p.institutionName}</Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.kind')}>{labels.productKind(p.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.labels')}>
          <LabelTags codes={p.labels} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.approvalDays')}>
          {t('units.workingDays', { count: p.approvalDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.amount')}>
          <span data-testid="product-amount">
            {range(formatMoney(p.amount.min), formatMoney(p.amount.default), formatMoney(p.amount.max))}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.term')}>
          {range(
            t('units.months', { count: p.termMonths.min }),
            t('units.months', { count: p.termMonths.default }),
            t('units.months', { count: p.termMonths.max }),
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.rate')}>
          <span data-testid="product-rate">
            {p.rate
              ? t('rate.text', {
                  mode: p.rate.mode === 'lpr' ? t('rate.modeLpr') : t('rate.modeFixed'),
                  range: labels.rate(p.rate),
                  def: labels.rateDefault(p.rate),
                })
              : t('rate.none')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.guaranteeKinds')}>
          {labels.list(p.guaranteeKinds, labels.guarantee)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.collateralKinds')}>
          {labels.list(p.collateralKinds, labels.collateral)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.repaymentKinds')}>
          {labels.list(p.repaymentKinds, labels.repayment)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.regions')}>
          {p.regions.length ? p.regions.join('、') : t('product.everywhere')}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.publishedAt')}>{formatDateTime(p.publishedAt)}</Descriptions.Item>
      </Descriptions>
      <Heading>{t('fields.materials')}</Heading>
      {p.materials.length ? (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }} data-testid="product-materials">
          {p.materials.map((m) => (
            <Tag key={m} style={{ marginInlineEnd: 0 }}>
              {m}
            </Tag>
          ))}
        </div>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      )}
      <Heading>{t('fields.condition')}</Heading>
      {p.condition ? (
        <ConditionText condition={p.condition} />
      ) : (
        <Typography.Text type="secondary" data-testid="product-no-condition">
          {t('product.noCondition')}
        </Typography.Text>
      )}
    </Card>
  );
}
