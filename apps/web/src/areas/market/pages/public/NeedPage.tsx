import { targetText } from '@cz/shared/market';
import { Alert, Card, Descriptions, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { useBroker, useNeed } from '../../api';
import { AchievementStatusTag } from '../../components/achievementColumns';
import { ListingActions, useListingRoles } from '../../components/ListingActions';
import { useNeedBudget } from '../../components/needColumns';
import { PushesCard } from '../../components/PushesCard';
import { SuggestionsCard } from '../../components/SuggestionsCard';
import { useMarketLabels } from '../../labels';

/**
 * One technology need: the problem, its measurable targets, budget and deadline; a confidential one's details only
 * for those who may read them. Its owner changes, submits or withdraws it; the administration reviews it.
 */
export function NeedPage() {
  const { t } = useTranslation('market');
  const id = Number(useParams().id);
  const one = useNeed(id);
  const labels = useMarketLabels();
  const budget = useNeedBudget();
  const { owner, admin } = useListingRoles(one.data);
  const { me } = useAuth();
  const broker = useBroker(me?.role === 'expert').data?.broker ?? false;

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const n = one.data;
  if (!n) return <Spin />;
  const heading = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
      {text}
    </Typography.Title>
  );

  return (
    <div data-testid="need" data-id={n.id} data-status={n.status}>
      <PageHeader
        title={n.title}
        subtitle={`${n.ownerName} · ${labels.field(n.field)}`}
        extra={<ListingActions path="needs" listing={n} editLink={`/my/market/needs/${n.id}/edit`} testPrefix="need" />}
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          {(owner || admin) && (
            <Descriptions.Item label={t('fields.status')}>
              <AchievementStatusTag status={n.status} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('needs.fields.owner')}>{n.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('fields.field')}>{labels.field(n.field)}</Descriptions.Item>
          <Descriptions.Item label={t('needs.fields.budget')}>
            <span data-testid="need-budget">{budget(n)}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('needs.fields.deadline')}>{formatDate(n.deadline)}</Descriptions.Item>
          <Descriptions.Item label={t('needs.fields.confidentiality')}>
            {t(`needs.confidentiality.${n.confidentiality}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('fields.keywords')}>{n.keywords.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fields.publishedAt')}>{formatDateTime(n.publishedAt)}</Descriptions.Item>
          {n.reviewNote && (owner || admin) && (
            <Descriptions.Item label={t('fields.reviewNote')} span={2}>
              <span data-testid="need-review-note">{n.reviewNote}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        {heading(t('needs.fields.targets'))}
        <ul data-testid="need-targets">
          {n.targets.map((x) => (
            <li key={`${x.indicator}-${x.operator}-${x.value}`}>{targetText(x)}</li>
          ))}
        </ul>
        {heading(t('needs.fields.summary'))}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{n.summary}</Typography.Paragraph>
        {heading(t('needs.fields.details'))}
        {n.details === null ? (
          <Alert type="info" showIcon title={t('needs.detailsHidden')} data-testid="need-details-hidden" />
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="need-details">
            {n.details || '—'}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph type="secondary">{t('detail.needContactHint')}</Typography.Paragraph>
      </Card>
      {(owner || admin || broker) && <PushesCard need={n} owner={owner} />}
      {(owner || admin || broker) && <SuggestionsCard need={n} broker={admin || broker} />}
    </div>
  );
}
