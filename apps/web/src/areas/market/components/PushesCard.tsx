import { reasonSchema } from '@cz/shared';
import type { Need, Push, PushAnswer } from '@cz/shared/market';
import { App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { LinkButton } from '../../../kit/components/LinkButton';
import { QueryError } from '../../../kit/components/QueryError';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import { formatDateTime } from '../../../kit/datetime';
import { useAnswerPush, usePushes } from '../api';

const ANSWER_COLOURS: Record<PushAnswer, string> = { interested: 'green', not_now: 'default', not_relevant: 'red' };

export function PushAnswerTag({ answer }: { answer: PushAnswer | 'waiting' }) {
  const { t } = useTranslation('market');
  return (
    <Tag color={answer === 'waiting' ? 'processing' : ANSWER_COLOURS[answer]} data-answer={answer}>
      {t(`push.answers.${answer}`)}
    </Tag>
  );
}

/**
 * 平台推荐: the achievements 技术经理人 pushed for a need. Its owner answers each (interested, not now, not relevant
 * with the reason); brokers and the administration read the answers.
 */
export function PushesCard({ need, owner }: { need: Need; owner: boolean }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const q = usePushes(need.id, true);
  const answer = useAnswerPush();
  const [refusing, setRefusing] = useState<Push | null>(null);
  const run = (p: Push, a: PushAnswer) =>
    answer.mutateAsync({ id: p.id, answer: a }).then(
      () => message.success(t('push.answered')),
      (err) => message.error(errorMessage(err)),
    );
  return (
    <Card title={t('push.title')} style={{ marginTop: 12 }} data-testid="pushes">
      {q.isError ? (
        <QueryError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <List<Push>
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('push.none')} /> }}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              data-testid={`push-${p.achievementId}`}
              data-answer={p.answer ?? 'waiting'}
              actions={
                owner && !p.answer
                  ? [
                      <Button
                        key="yes"
                        type="primary"
                        size="small"
                        onClick={() => run(p, 'interested')}
                        data-testid={`push-${p.achievementId}-interested`}
                      >
                        {t('push.answers.interested')}
                      </Button>,
                      <Button key="later" size="small" onClick={() => run(p, 'not_now')}>
                        {t('push.answers.not_now')}
                      </Button>,
                      <Button
                        key="no"
                        size="small"
                        danger
                        onClick={() => setRefusing(p)}
                        data-testid={`push-${p.achievementId}-not-relevant`}
                      >
                        {t('push.answers.not_relevant')}
                      </Button>,
                    ]
                  : [
                      <PushAnswerTag key="a" answer={p.answer ?? 'waiting'} />,
                      ...(owner && p.answer === 'interested'
                        ? [
                            <LinkButton
                              key="inquire"
                              size="small"
                              to={`/market/achievements/${p.achievementId}?needId=${p.needId}`}
                              data-testid={`push-${p.achievementId}-inquire`}
                            >
                              {t('deals.inquire')}
                            </LinkButton>,
                          ]
                        : []),
                    ]
              }
            >
              <List.Item.Meta
                title={<Link to={`/market/achievements/${p.achievementId}`}>{p.achievementTitle}</Link>}
                description={
                  <Space orientation="vertical" size={2}>
                    <span>
                      {p.achievementOwnerName} · {t('push.pushedAt', { at: formatDateTime(p.pushedAt) })}
                    </span>
                    {p.note && <Typography.Text>{t('push.note', { note: p.note })}</Typography.Text>}
                    {p.answerReason && (
                      <Typography.Text type="secondary">{t('push.reason', { reason: p.answerReason })}</Typography.Text>
                    )}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      <ReasonModal
        open={!!refusing}
        title={t('push.refuseTitle', { title: refusing?.achievementTitle ?? '' })}
        label={t('push.refuseReason')}
        okText={t('push.answers.not_relevant')}
        danger
        schema={reasonSchema.shape.reason}
        testId="push-refuse"
        onSubmit={async (reason) => {
          if (!refusing) return;
          await answer.mutateAsync({ id: refusing.id, answer: 'not_relevant', reason });
          message.success(t('push.answered'));
        }}
        onClose={() => setRefusing(null)}
      />
    </Card>
  );
}
