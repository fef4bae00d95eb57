import type { Need, Suggestion } from '@cz/shared/market';
import { App, Button, Card, Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { QueryError } from '../../../kit/components/QueryError';
import { usePush, useSuggestions } from '../api';
import { useMarketLabels } from '../labels';
import { useAchievementPrice } from './achievementColumns';
import { PushAnswerTag } from './PushesCard';

const PRICE_COLOURS = { within: 'green', above: 'orange', negotiable: 'default' } as const;

/** Why one achievement is suggested: the shared words (a synonym's with the need's word), field, stage, price. */
function Reasons({ s }: { s: Suggestion }) {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const r = s.reasons;
  return (
    <Space size={[4, 4]} wrap data-testid={`suggestion-reasons-${s.achievement.id}`}>
      {r.sharedTerms.map((x) => (
        <Tag key={x.term} color="blue">
          {x.via ? t('match.via', { term: x.term, via: x.via }) : x.term}
        </Tag>
      ))}
      {r.sameField && <Tag color="purple">{t('match.sameField')}</Tag>}
      <Tag>{labels.stage(r.stage)}</Tag>
      <Tag color={PRICE_COLOURS[r.priceFit]}>{t(`match.price.${r.priceFit}`)}</Tag>
    </Space>
  );
}

/**
 * 推荐成果: the published achievements that fit a need best, each with its reasons, filtered by field (with the
 * count of achievements that share a word in each). Shown to the need's owner, brokers and the administration; a
 * broker pushes a suggestion to the owner of a published need, and sees the owner's answer once given.
 */
export function SuggestionsCard({ need, broker }: { need: Need; broker: boolean }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const push = usePush();
  const labels = useMarketLabels();
  const price = useAchievementPrice();
  const [field, setField] = useState<string | undefined>();
  const [region, setRegion] = useState<string | undefined>();
  const q = useSuggestions(need.id, { field, region }, true);
  return (
    <Card
      title={t('match.title')}
      style={{ marginTop: 12 }}
      data-testid="suggestions"
      extra={
        <Space wrap>
          <Select
            allowClear
            value={region}
            onChange={setRegion}
            placeholder={t('match.allRegions')}
            aria-label={t('match.region')}
            style={{ minWidth: 150 }}
            options={(q.data?.regions ?? []).map((r) => ({
              value: r.region,
              label: `${t(`match.regions.${r.region}`)}（${r.count}）`,
            }))}
            data-testid="suggestions-region"
          />
          <Select
            allowClear
            value={field}
            onChange={setField}
            placeholder={t('match.allFields')}
            aria-label={t('fields.field')}
            style={{ minWidth: 180 }}
            options={(q.data?.fields ?? []).map((f) => ({
              value: f.field,
              label: `${labels.field(f.field)}（${f.count}）`,
            }))}
            data-testid="suggestions-field"
          />
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('match.hint')}</Typography.Paragraph>
      {q.isError ? (
        <QueryError error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <List<Suggestion>
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('match.none')} /> }}
          renderItem={(s, i) => (
            <List.Item
              key={s.achievement.id}
              data-testid={`suggestion-${s.achievement.id}`}
              data-rank={i + 1}
              actions={
                s.reasons.feedback
                  ? [<PushAnswerTag key="a" answer={s.reasons.feedback} />]
                  : broker && need.status === 'published'
                    ? [
                        <Button
                          key="push"
                          size="small"
                          loading={push.isPending && push.variables?.achievementId === s.achievement.id}
                          onClick={() =>
                            push.mutateAsync({ needId: need.id, achievementId: s.achievement.id }).then(
                              () => message.success(t('push.pushed')),
                              (err) => message.error(errorMessage(err)),
                            )
                          }
                          data-testid={`suggestion-${s.achievement.id}-push`}
                        >
                          {t('push.push')}
                        </Button>,
                      ]
                    : []
              }
            >
              <List.Item.Meta
                title={
                  <Link to={`/market/achievements/${s.achievement.id}`}>
                    {i + 1}. {s.achievement.title}
                  </Link>
                }
                description={
                  <Space orientation="vertical" size={4}>
                    <span>
                      {s.achievement.ownerName}（{t(`match.regions.${s.achievement.ownerRegion}`)}） ·{' '}
                      {labels.field(s.achievement.field)} · {price(s.achievement)}
                    </span>
                    <Reasons s={s} />
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
