import { PaperClipOutlined } from '@ant-design/icons';
import { Card, Descriptions, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { uploadUrl } from '../../../../kit/api/uploads';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useAchievement } from '../../api';
import { AchievementStatusTag, useAchievementPrice } from '../../components/achievementColumns';
import { InquireButton } from '../../components/InquireButton';
import { ListingActions, useListingRoles } from '../../components/ListingActions';
import { PatentsCard } from '../../components/PatentsCard';
import { useMarketLabels } from '../../labels';

/**
 * One achievement: what it is and how it is offered; its owner changes, submits or withdraws it, the administration
 * publishes it or returns it with the reason.
 */
export function AchievementPage() {
  const { t } = useTranslation('market');
  const id = Number(useParams().id);
  const one = useAchievement(id);
  const labels = useMarketLabels();
  const price = useAchievementPrice();
  const { owner, admin } = useListingRoles(one.data);

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const a = one.data;
  if (!a) return <Spin />;

  return (
    <div data-testid="achievement" data-id={a.id} data-status={a.status}>
      <PageHeader
        title={a.title}
        subtitle={`${a.ownerName} · ${labels.field(a.field)}`}
        extra={
          <>
            <InquireButton achievement={a} />
            <ListingActions
              path="achievements"
              listing={a}
              editLink={`/my/market/achievements/${a.id}/edit`}
              testPrefix="achievement"
            />
          </>
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          {(owner || admin) && (
            <Descriptions.Item label={t('fields.status')}>
              <AchievementStatusTag status={a.status} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('fields.owner')}>{a.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('fields.field')}>{labels.field(a.field)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.stage')}>{labels.stage(a.stage)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.modes')}>{a.transferModes.map(labels.mode).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('fields.price')}>{price(a)}</Descriptions.Item>
          <Descriptions.Item label={t('fields.keywords')}>{a.keywords.join('、') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('fields.publishedAt')}>{formatDateTime(a.publishedAt)}</Descriptions.Item>
          {a.reviewNote && (owner || admin) && (
            <Descriptions.Item label={t('fields.reviewNote')} span={2}>
              <span data-testid="achievement-review-note">{a.reviewNote}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
          {t('fields.summary')}
        </Typography.Title>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.summary}</Typography.Paragraph>
        {a.maturityEvidence && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('fields.maturityEvidence')}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.maturityEvidence}</Typography.Paragraph>
          </>
        )}
        {a.team.length > 0 && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('fields.team')}
            </Typography.Title>
            <ul>
              {a.team.map((m) => (
                <li key={`${m.name}-${m.role}`}>{[m.name, m.title, m.role].filter(Boolean).join(' · ')}</li>
              ))}
            </ul>
          </>
        )}
        {a.attachments.length > 0 && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>
              {t('fields.attachments')}
            </Typography.Title>
            <ul data-testid="achievement-files" data-count={a.attachments.length}>
              {a.attachments.map((f) => (
                <li key={f.hash}>
                  <a href={uploadUrl(f.hash)} target="_blank" rel="noreferrer">
                    <PaperClipOutlined /> {f.name}
                  </a>
                </li>
              ))}
            </ul>
            {!(a.attachmentsPublic && a.status === 'published') && (
              <Typography.Paragraph type="secondary">{t('detail.filesPrivate')}</Typography.Paragraph>
            )}
          </>
        )}
        <Typography.Paragraph type="secondary">{t('detail.contactHint')}</Typography.Paragraph>
      </Card>
      <PatentsCard achievement={a} />
    </div>
  );
}
