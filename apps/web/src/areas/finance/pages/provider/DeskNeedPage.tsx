import { App, Button, Card, Popconfirm, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useCases, useClaimNeed, useNeed, useNeedAction, useProducts } from '../../api';
import { CaseCard } from '../../components/CaseCard';
import { CaseFunding } from '../../components/CaseFunding';
import { CaseSteps } from '../../components/CaseSteps';
import { NeedSummary } from '../../components/NeedSummary';
import { SharedFacts } from '../../components/SharedFacts';

/**
 * A need pushed to my institution: what the enterprise asks, the first-contact day, its shared facts (with its
 * consent), claim it with one of my products or pass; once claimed, the loan case and its next steps.
 */
export function DeskNeedPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const one = useNeed(id);
  const cases = useCases({ scope: 'institution', needId: id, pageSize: 50 }, id > 0);
  const mine = useProducts({ scope: 'mine', status: 'published', pageSize: 100 });
  const claim = useClaimNeed();
  const act = useNeedAction();
  const [productId, setProductId] = useState<number | null>(null);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const n = one.data;
  if (!n) return <Spin />;
  // An institution sees its own push only.
  const push = n.pushes[0];
  const waiting = push?.status === 'pushed' && (n.status === 'open' || n.status === 'in_progress');
  const fitting = new Set(push?.productIds ?? []);
  const options = (mine.data?.items ?? [])
    .map((p) => ({ value: p.id, label: fitting.has(p.id) ? t('desk.need.fits', { name: p.name }) : p.name }))
    .sort((a, b) => Number(fitting.has(b.value)) - Number(fitting.has(a.value)));
  const chosen = productId ?? push?.productIds[0] ?? null;
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <div data-testid="desk-need" data-id={n.id} data-status={n.status}>
      <PageHeader title={t('need.number', { id: n.id, purpose: t(`purpose.${n.purpose}`) })} subtitle={n.orgName} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {waiting && (
          <Card title={t('desk.need.answer')} data-testid="need-answer">
            <Typography.Paragraph type="secondary">{t('desk.need.answerHint')}</Typography.Paragraph>
            <Space wrap>
              <Select
                style={{ minWidth: 280 }}
                allowClear
                placeholder={t('desk.need.noProduct')}
                aria-label={t('fields.product')}
                options={options}
                value={chosen ?? undefined}
                onChange={(v: number | undefined) => setProductId(v ?? null)}
                data-testid="claim-product"
              />
              <Button
                type="primary"
                loading={claim.isPending}
                onClick={() => run(() => claim.mutateAsync({ id: n.id, productId: chosen }), t('desk.need.claimed'))}
                data-testid="need-claim"
              >
                {t('desk.need.claim')}
              </Button>
              <Popconfirm
                title={t('desk.need.passConfirm')}
                onConfirm={() => run(() => act.mutateAsync({ id: n.id, action: 'pass' }), t('desk.need.passed'))}
              >
                <Button data-testid="need-pass">{t('desk.need.pass')}</Button>
              </Popconfirm>
            </Space>
          </Card>
        )}
        {(cases.data?.items ?? []).map((c) => (
          <CaseCard
            key={c.id}
            loan={c}
            actions={
              <>
                <CaseSteps loan={c} needTerm={n.termMonths} />
                <CaseFunding loan={c} />
              </>
            }
          />
        ))}
        <NeedSummary need={n} />
        <SharedFacts orgId={n.orgId} />
      </Space>
    </div>
  );
}
