import type { PolicyFits } from '@cz/shared/policy';
import { FACTS, isFactKey } from '@cz/shared/policy';
import { List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { formatDate } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { useWords } from '../../../cultivation/components/Explanations';
import { ModeTag } from '../../applications/components/Tags';

/** The warning gold dark enough to read on white (antd's warning text is 4.4:1, under WCAG's 4.5:1). */
const WARNING_TEXT = '#874d00';

type Fit = PolicyFits['items'][number];

/** Where an enterprise fills in a fact, by the fact's source (the pages of the areas that own it). */
const WHERE = { org: '/my/org', ip: '/my/ip', cultivation: '/my/evaluations', declaration: '/my/evaluations' } as const;

/**
 * The fits as a list: each item with its amount, window and way of claiming, a sentence per condition, and — for a
 * member — what is missing and where to fill it in, and the link to apply. `member` false: the calculator's visitor.
 */
export function FitList({ fits, member }: { fits: Fit[]; member: boolean }) {
  const { t } = useTranslation('policy');
  const words = useWords();
  return (
    <List
      itemLayout="vertical"
      dataSource={fits}
      renderItem={({ item, eligibility: e }) => {
        const sources = [...new Set(e.missing.flatMap((m) => (isFactKey(m.fact) ? [FACTS[m.fact].source] : [])))];
        return (
          <List.Item
            key={item.id}
            data-testid={`fit-${item.id}`}
            data-result={e.result}
            actions={
              member
                ? [
                    item.mode === 'auto' ? (
                      <Typography.Text type="secondary" key="auto">
                        {t('fits.fit.auto')}
                      </Typography.Text>
                    ) : (
                      <LinkButton
                        key="apply"
                        type="primary"
                        size="small"
                        to={`/my/policy-applications/apply/${item.id}`}
                        aria-label={`${t('fits.fit.apply')} ${item.title}`}
                        data-testid={`fit-apply-${item.id}`}
                      >
                        {t('fits.fit.apply')}
                      </LinkButton>
                    ),
                  ]
                : []
            }
          >
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              <Space wrap size={6}>
                <Link to={`/policies/items/${item.id}`}>
                  <Typography.Text strong>{item.title}</Typography.Text>
                </Link>
                <ModeTag mode={item.mode} />
                <Tag color={e.result === 'eligible' ? 'green' : 'orange'}>
                  {e.result === 'eligible' ? t('fits.mine.eligible') : t('fits.mine.needsData')}
                </Tag>
              </Space>
              <Typography.Text data-testid={`fit-amount-${item.id}`} data-amount={e.amountFen ?? ''}>
                {e.amountFen !== null
                  ? t('fits.fit.amount', { amount: formatMoney(e.amountFen) })
                  : t('fits.fit.inReview')}
                {' · '}
                {item.closesOn ? t('fits.fit.closes', { date: formatDate(item.closesOn) }) : t('fits.fit.noClose')}
                {' · '}
                {item.issuer}
              </Typography.Text>
              <ul className="fit-lines" style={{ margin: 0, paddingInlineStart: 20 }}>
                {e.lines.map((l) => (
                  <li key={`${l.fact}:${l.words.zh}`} data-outcome={l.outcome}>
                    {words(l.words)}
                  </li>
                ))}
              </ul>
              {e.missing.length > 0 && (
                <Typography.Text style={{ color: WARNING_TEXT }}>
                  {t('fits.fit.missing', { facts: e.missing.map((m) => words(m.label)).join('、') })}
                  {member &&
                    sources.map((s) => (
                      <Link key={s} to={WHERE[s]} style={{ marginInlineStart: 8 }}>
                        {t('fits.fit.fillIn')}：{t(`fits.where.${s}`)}
                      </Link>
                    ))}
                </Typography.Text>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
