import { Descriptions, Grid, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import type { Scheme } from '../../../kit/types';
import { useCatalogLabels } from '../../catalog/labels';
import { issuedPercent } from '../pages/public/SchemesPage';
import { SchemeStatusTag } from './VoucherTags';

/** The scheme's rules in words: budget and what is left, cap, coverage, amounts, validity, services, who may apply. */
export function SchemeRules({ scheme: s }: { scheme: Scheme }) {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  const labels = useCatalogLabels();
  const screens = Grid.useBreakpoint();
  const conditions = [
    t('vouchers.conditionZone'),
    s.requireTsme
      ? s.allowIncubatorTenants
        ? t('vouchers.conditionTsmeOrTenant')
        : t('vouchers.conditionTsme')
      : t('vouchers.conditionAny'),
  ];
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      layout={screens.sm ? 'horizontal' : 'vertical'}
      data-testid="scheme-rules"
      styles={{ label: { whiteSpace: 'nowrap', width: 128 } }}
      items={[
        { key: 'status', label: t('vouchers.status'), children: <SchemeStatusTag status={s.status} /> },
        {
          key: 'window',
          label: t('vouchers.window'),
          children: t('vouchers.windowText', { from: formatDate(s.applyFrom), to: formatDate(s.applyTo) }),
        },
        {
          key: 'budget',
          label: t('vouchers.budget'),
          children: (
            <div>
              {money(s.budget)}
              <Progress percent={issuedPercent(s)} size="small" aria-label={t('vouchers.issued')} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('vouchers.issued')} {money(s.issued)} · {t('vouchers.remaining')}{' '}
                <span data-testid="scheme-remaining" data-amount={s.remaining}>
                  {money(s.remaining)}
                </span>
              </Typography.Text>
            </div>
          ),
        },
        { key: 'cap', label: t('vouchers.cap'), children: money(s.perEnterpriseCap) },
        {
          key: 'coverage',
          label: t('vouchers.coverage'),
          children: t('vouchers.coverageText', { percent: s.coveragePercent }),
        },
        {
          key: 'mode',
          label: t('vouchers.amountMode'),
          children:
            s.amountMode === 'unit' ? t('vouchers.unitText', { amount: money(s.unitAmount) }) : t('vouchers.freeText'),
        },
        {
          key: 'validity',
          label: t('vouchers.validity'),
          children: s.validityMonths
            ? t('vouchers.validityMonthsText', { n: s.validityMonths })
            : t('vouchers.validUntilText', { date: formatDate(s.validUntil) }),
        },
        {
          key: 'categories',
          label: t('vouchers.categories'),
          children: (
            <Space size={[4, 4]} wrap>
              {s.categories.map((c) => (
                <Tag key={c} style={{ marginInlineEnd: 0 }}>
                  {labels.serviceCategory(c)}
                </Tag>
              ))}
            </Space>
          ),
        },
        {
          key: 'conditions',
          label: t('vouchers.conditions'),
          children: (
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {conditions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
