import { App, Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useCases, useInstitutions, useNeed, usePushNeed } from '../../api';
import { CaseCard } from '../../components/CaseCard';
import { NeedPrechecks } from '../../components/NeedPrechecks';
import { NeedSummary } from '../../components/NeedSummary';

/** A need as the finance office follows it: its pushes and cases, and a push to another institution. */
export function AdminNeedPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const one = useNeed(id);
  const cases = useCases({ scope: 'all', needId: id, pageSize: 50 }, id > 0);
  const institutions = useInstitutions({ pageSize: 100 });
  const push = usePushNeed();
  const [target, setTarget] = useState<number | undefined>();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const n = one.data;
  if (!n) return <Spin />;
  const pushed = new Set(n.pushes.map((p) => p.institutionOrgId));
  const options = (institutions.data?.items ?? [])
    .filter((i) => !pushed.has(i.orgId))
    .map((i) => ({ value: i.orgId, label: i.name }));
  const send = async () => {
    if (!target) return;
    try {
      await push.mutateAsync({ id: n.id, institutionOrgId: target });
      message.success(t('admin.need.pushed'));
      setTarget(undefined);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <div data-testid="admin-need" data-id={n.id} data-status={n.status}>
      <PageHeader title={t('need.number', { id: n.id, purpose: t(`purpose.${n.purpose}`) })} subtitle={n.orgName} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <NeedSummary need={n} />
        {(n.status === 'open' || n.status === 'in_progress') && (
          <Card title={t('admin.need.push')}>
            <Typography.Paragraph type="secondary">{t('admin.need.pushHint')}</Typography.Paragraph>
            <Space wrap>
              <Select
                style={{ minWidth: 280 }}
                placeholder={t('admin.need.pickInstitution')}
                aria-label={t('admin.need.pickInstitution')}
                options={options}
                value={target}
                onChange={(v: number) => setTarget(v)}
                data-testid="push-institution"
              />
              <Button type="primary" disabled={!target} loading={push.isPending} onClick={send} data-testid="push-send">
                {t('admin.need.pushSend')}
              </Button>
            </Space>
          </Card>
        )}
        {(cases.data?.items ?? []).map((c) => (
          <CaseCard key={c.id} loan={c} />
        ))}
        <NeedPrechecks needId={n.id} />
      </Space>
    </div>
  );
}
