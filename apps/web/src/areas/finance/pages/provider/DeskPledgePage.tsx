import { Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { PledgeDetail } from '../../components/PledgeDetail';
import { PledgeSteps } from '../../components/PledgeSteps';
import { usePledge } from '../../pools.api';

/** One pledge of my institution's loan, to read and to take its next step; the office and the enterprise read it. */
export function PledgePage({ steps }: { steps: boolean }) {
  const { t } = useTranslation('finance');
  const id = Number(useParams().id);
  const one = usePledge(id);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const p = one.data;
  if (!p) return <Spin />;
  return (
    <div data-testid="pledge" data-id={p.id} data-status={p.status}>
      <PageHeader
        title={t('pledge.number', { id: p.id })}
        subtitle={`${p.orgName} · ${p.institutionName}`}
        extra={steps ? <PledgeSteps pledge={p} /> : undefined}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <PledgeDetail pledge={p} />
      </Space>
    </div>
  );
}

export const DeskPledgePage = () => <PledgePage steps />;
export const ReadPledgePage = () => <PledgePage steps={false} />;
