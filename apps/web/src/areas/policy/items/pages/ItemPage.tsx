import '../items.css';
import { isPerYear, MATERIAL_KINDS, type MaterialRequirement } from '@cz/shared/materials';
import { DEFAULT_PAYMENT_DEADLINE_DAYS } from '@cz/shared/policy';
import { Card, Col, Descriptions, List, Row, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { ModeTag } from '../../applications/components/Tags';
import { useItem } from '../api';
import { ConditionText } from '../components/ConditionText';
import { EligibilityCheck } from '../components/EligibilityCheck';
import { ItemStatusTag, useWindowText } from '../components/ItemBits';
import { useItemLabels } from '../labels';
import { amountSummary } from '../sentences';

function useMaterialText() {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  return (m: MaterialRequirement) => {
    const kind = labels.words(MATERIAL_KINDS[m.kind]);
    if (isPerYear(m.kind)) {
      const y = m.year ?? 'latest';
      const period = typeof y === 'number' ? t('items.materials.year', { year: y }) : t(`items.materials.years.${y}`);
      return t('items.materials.withPeriod', { kind, period });
    }
    return m.validOn
      ? t('items.materials.withPeriod', {
          kind,
          period: t('items.materials.validOnDate', { date: formatDate(m.validOn) }),
        })
      : kind;
  };
}

/**
 * One policy item for anyone: who qualifies (the document's words, then the conditions as sentences), what it pays,
 * its window, department and materials; for a member of an enterprise, its own standing and the way to claim it.
 */
export function ItemPage() {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const windowText = useWindowText();
  const materialText = useMaterialText();
  const id = Number(useParams().id) || 0;
  const item = useItem(id);
  if (item.isError) return <QueryError error={item.error} onRetry={() => item.refetch()} />;
  const i = item.data;
  if (!i) return <Spin />;
  return (
    <div data-testid="item-page" data-id={i.id} data-mode={i.mode} data-open={i.open}>
      <PageHeader
        title={i.title}
        subtitle={
          <Link to={`/policies/${i.documentId}`}>
            {[`《${i.documentTitle}》`, i.documentNumber, i.clause].filter(Boolean).join(' ')}
          </Link>
        }
        extra={<LinkButton to={`/policies/${i.documentId}`}>{t('items.public.back')}</LinkButton>}
      />
      <Space size={[6, 6]} wrap style={{ marginBottom: 12 }}>
        <ModeTag mode={i.mode} />
        <ItemStatusTag status={i.status} testId="item-status" />
        <Typography.Text type="secondary">{windowText(i)}</Typography.Text>
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={15}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('items.fields.beneficiaries')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 8 }}>
                {i.beneficiaries || t('items.public.seeConditions')}
              </Typography.Paragraph>
              <Typography.Text strong>{t('items.public.conditions')}</Typography.Text>
              <ConditionText condition={i.condition} />
              {i.reviewedByHand.length > 0 && (
                <Typography.Text type="secondary">{t('items.public.byHandNote')}</Typography.Text>
              )}
            </Card>
            <Card size="small" title={t('items.fields.materials')}>
              {i.materials.length === 0 ? (
                <Typography.Text type="secondary">{t('items.materials.none')}</Typography.Text>
              ) : (
                <List
                  size="small"
                  dataSource={i.materials}
                  data-testid="item-materials"
                  renderItem={(m, n) => <List.Item key={n}>{materialText(m)}</List.Item>}
                />
              )}
              <Typography.Text type="secondary">{t('items.public.vault')}</Typography.Text>
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card size="small" title={t('items.public.facts')}>
              <Descriptions column={1} size="small" data-testid="item-facts">
                <Descriptions.Item label={t('items.fields.amount')}>
                  {labels.words(amountSummary(i.amount))}
                </Descriptions.Item>
                <Descriptions.Item label={t('items.fields.window')}>{windowText(i)}</Descriptions.Item>
                <Descriptions.Item label={t('items.fields.mode')}>{t(`applications.mode.${i.mode}`)}</Descriptions.Item>
                <Descriptions.Item label={t('items.fields.department')}>{i.department}</Descriptions.Item>
                {i.budgetFen !== null && (
                  <Descriptions.Item label={t('items.fields.budget')}>{formatMoney(i.budgetFen)}</Descriptions.Item>
                )}
                {i.mode === 'fast' && (
                  <Descriptions.Item label={t('items.fields.paymentDeadline')}>
                    {t('items.public.workingDays', { count: i.paymentDeadlineDays ?? DEFAULT_PAYMENT_DEADLINE_DAYS })}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <EligibilityCheck item={i} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
