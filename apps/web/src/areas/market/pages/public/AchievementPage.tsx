import { reasonSchema } from '@cz/shared';
import { App, Button, Card, Descriptions, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../../kit/datetime';
import { useAchievement, useAchievementStep, useReviewAchievement } from '../../api';
import { AchievementStatusTag, useAchievementPrice } from '../../components/achievementColumns';
import { useMarketLabels } from '../../labels';

const noteField = reasonSchema.shape.reason;

/**
 * One achievement: what it is and how it is offered; its owner changes, submits or withdraws it, the administration
 * publishes it or returns it with the reason.
 */
export function AchievementPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const { me } = useAuth();
  const id = Number(useParams().id);
  const one = useAchievement(id);
  const labels = useMarketLabels();
  const price = useAchievementPrice();
  const step = useAchievementStep();
  const review = useReviewAchievement();
  const [returning, setReturning] = useState(false);

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const a = one.data;
  if (!a) return <Spin />;
  const owner = me?.org?.id === a.ownerOrgId;
  const admin = me ? isAdminRole(me.role) : false;
  const run = (p: Promise<unknown>, done: string) =>
    p.then(
      () => message.success(done),
      (err) => message.error(errorMessage(err)),
    );
  const editable = a.status === 'draft' || a.status === 'returned' || a.status === 'withdrawn';

  return (
    <div data-testid="achievement" data-id={a.id} data-status={a.status}>
      <PageHeader
        title={a.title}
        subtitle={`${a.ownerName} · ${labels.field(a.field)}`}
        extra={
          <>
            {owner && editable && (
              <LinkButton to={`/my/market/achievements/${a.id}/edit`} data-testid="achievement-edit">
                {t('detail.edit')}
              </LinkButton>
            )}
            {owner && editable && (
              <Button
                type="primary"
                data-testid="achievement-submit"
                loading={step.isPending}
                onClick={() => run(step.mutateAsync({ id: a.id, step: 'submit' }), t('detail.submitted'))}
              >
                {t('detail.submit')}
              </Button>
            )}
            {owner && a.status !== 'withdrawn' && (
              <Popconfirm
                title={t('detail.withdrawConfirm')}
                onConfirm={() => run(step.mutateAsync({ id: a.id, step: 'withdraw' }), t('detail.withdrawn'))}
              >
                <Button data-testid="achievement-withdraw">{t('detail.withdraw')}</Button>
              </Popconfirm>
            )}
            {admin && a.status === 'submitted' && (
              <>
                <Button
                  type="primary"
                  data-testid="achievement-publish"
                  loading={review.isPending}
                  onClick={() => run(review.mutateAsync({ id: a.id, decision: 'publish' }), t('detail.published'))}
                >
                  {t('detail.publish')}
                </Button>
                <Button danger data-testid="achievement-return" onClick={() => setReturning(true)}>
                  {t('detail.return')}
                </Button>
              </>
            )}
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
        <Typography.Paragraph type="secondary">{t('detail.contactHint')}</Typography.Paragraph>
      </Card>
      <ReasonModal
        open={returning}
        title={t('detail.returnTitle', { title: a.title })}
        label={t('detail.returnReason')}
        okText={t('detail.return')}
        danger
        schema={noteField}
        testId="achievement-return"
        onSubmit={async (note) => {
          await review.mutateAsync({ id: a.id, decision: 'return', note });
          message.success(t('detail.returned'));
        }}
        onClose={() => setReturning(false)}
      />
    </div>
  );
}
