import { App, Button, Popconfirm, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useCases, useNeed, useNeedAction } from '../../api';
import { CaseCard } from '../../components/CaseCard';
import { ConsentForm } from '../../components/ConsentForm';
import { NeedPrechecks } from '../../components/NeedPrechecks';
import { NeedSummary } from '../../components/NeedSummary';

/**
 * My financing need: its status and first-contact day, where it went and the answers, every product pre-checked,
 * its loan cases with their history, a consent to share facts with the institutions, and withdraw or close.
 */
export function MyNeedPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const one = useNeed(id);
  const cases = useCases({ scope: 'mine', needId: id, pageSize: 50 }, id > 0);
  const act = useNeedAction();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const n = one.data;
  if (!n) return <Spin />;
  const open = n.status === 'open' || n.status === 'in_progress';
  const run = async (action: 'withdraw' | 'close') => {
    try {
      await act.mutateAsync({ id: n.id, action });
      message.success(t(`need.done.${action}`));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const unclaimed = n.pushes.every((p) => p.status !== 'claimed');
  return (
    <div data-testid="finance-need" data-id={n.id} data-status={n.status}>
      <PageHeader
        title={t('need.number', { id: n.id, purpose: t(`purpose.${n.purpose}`) })}
        subtitle={n.orgName}
        extra={
          open && (
            <>
              {n.status === 'open' && unclaimed && (
                <Popconfirm title={t('need.confirm.withdraw')} onConfirm={() => run('withdraw')}>
                  <Button data-testid="need-withdraw">{t('need.actions.withdraw')}</Button>
                </Popconfirm>
              )}
              <Popconfirm title={t('need.confirm.close')} onConfirm={() => run('close')}>
                <Button data-testid="need-close">{t('need.actions.close')}</Button>
              </Popconfirm>
            </>
          )
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <NeedSummary need={n} />
        <NeedPrechecks needId={n.id} />
        <div data-testid="need-cases" data-count={cases.data?.items.length ?? ''}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {(cases.data?.items ?? []).map((c) => (
              <CaseCard key={c.id} loan={c} />
            ))}
          </Space>
        </div>
        {open && <ConsentForm need={n} />}
      </Space>
    </div>
  );
}
