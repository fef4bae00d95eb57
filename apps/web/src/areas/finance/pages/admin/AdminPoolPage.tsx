import { App, Button, Card, Col, Descriptions, Row, Space, Spin, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { useInstitutions } from '../../api';
import { ClaimList } from '../../components/ClaimList';
import { FundPoolModal } from '../../components/FundPoolModal';
import { PoolMembers } from '../../components/PoolMembers';
import { useFinanceLabels } from '../../labels';
import { useComputeWhitelist, usePool } from '../../pools.api';

const PARAMS = ['directPct', 'guaranteedPct', 'firstLoanBonus', 'pureCreditBonus', 'ipPledgeBonus', 'capPct'] as const;

/** One pool: its balances, funding, the whitelist (computed again on demand) and the claims on it. */
export function AdminPoolPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const id = Number(useParams().id);
  const one = usePool(id);
  const institutions = useInstitutions({ pageSize: 100 });
  const whitelist = useComputeWhitelist();
  const [funding, setFunding] = useState(false);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const p = one.data;
  if (!p) return <Spin />;
  const names = (institutions.data?.items ?? []).filter((i) => p.institutionIds.includes(i.orgId)).map((i) => i.name);
  const compute = async () => {
    try {
      const after = await whitelist.mutateAsync(p.id);
      message.success(t('pool.whitelistDone', { count: after.members }));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const figure = (key: 'availableFen' | 'committedFen' | 'paidFen', title: string) => (
    <Col xs={24} md={6}>
      <Card size="small">
        <Statistic title={title} value={formatMoney(p[key])} />
        <span hidden data-testid={`pool-${key}`} data-fen={p[key]} />
      </Card>
    </Col>
  );
  return (
    <div data-testid="pool" data-id={p.id}>
      <PageHeader
        title={p.name}
        subtitle={t(`poolStatus.${p.status}`)}
        extra={
          <>
            <Button type="primary" onClick={() => setFunding(true)} data-testid="pool-fund">
              {t('pool.fund')}
            </Button>
            <Button loading={whitelist.isPending} onClick={compute} data-testid="pool-whitelist">
              {t('pool.whitelist')}
            </Button>
          </>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Row gutter={[16, 16]}>
          {figure('availableFen', t('pool.available'))}
          {figure('committedFen', t('pool.committed'))}
          {figure('paidFen', t('pool.paid'))}
          <Col xs={24} md={6}>
            <Card size="small">
              <Statistic title={t('pool.members')} value={p.members} />
            </Card>
          </Col>
        </Row>
        <Card title={t('pool.params')}>
          {p.description && <Typography.Paragraph>{p.description}</Typography.Paragraph>}
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
            {PARAMS.map((k) => (
              <Descriptions.Item key={k} label={t(`pool.${k}`)}>
                {p.params[k]}%
              </Descriptions.Item>
            ))}
            <Descriptions.Item label={t('pool.institutions')}>
              {p.institutionIds.length === 0 ? t('pool.allInstitutions') : labels.list(names, (n) => n)}
            </Descriptions.Item>
            <Descriptions.Item label={t('pool.admission')}>
              {p.admission ? t('pool.limited') : t('pool.noAdmission')}
            </Descriptions.Item>
            <Descriptions.Item label={t('pool.whitelistAt')}>
              {p.whitelistAt ? formatDateTime(p.whitelistAt) : t('pool.never')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <PoolMembers poolId={p.id} />
        <div>
          <Typography.Title level={2} style={{ fontSize: 18 }}>
            {t('pool.claims')}
          </Typography.Title>
          <ClaimList scope="all" poolId={p.id} />
        </div>
      </Space>
      <FundPoolModal poolId={p.id} open={funding} onClose={() => setFunding(false)} />
    </div>
  );
}
