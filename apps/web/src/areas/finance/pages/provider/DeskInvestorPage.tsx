import { INDUSTRY_SECTIONS, type IndustrySection } from '@cz/shared';
import { Alert, Button, Card, Space, Spin, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { ApiError } from '../../../../kit/api/client';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { wordsOf } from '../../components/fundingTags';
import { InvestmentModal } from '../../components/InvestmentModal';
import { InvestorProfileForm } from '../../components/InvestorProfileForm';
import {
  type Investment,
  type InvestorMatch,
  useFunds,
  useInvestments,
  useInvestorMatches,
  useInvestorProfile,
} from '../../events.api';
import { useFinanceLabels } from '../../labels';

/** An investment institution's desk: its preferences, the enterprises that fit them, and its investments. */
export function DeskInvestorPage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const { me } = useAuth();
  const profile = useInvestorProfile();
  const matches = useInvestorMatches(profile.isSuccess && profile.data !== null);
  const investments = useInvestments(profile.isSuccess);
  const funds = useFunds();
  const [investing, setInvesting] = useState<{ orgId?: number } | null>(null);
  const mine = (funds.data?.items ?? []).filter((f) => f.managerOrgId === me?.org?.id);
  const industry = (c: string | null) =>
    c && c in INDUSTRY_SECTIONS ? `${c} · ${wordsOf(INDUSTRY_SECTIONS[c as IndustrySection], labels.zh)}` : '—';
  const matchColumns: TableColumnType<InvestorMatch>[] = [
    { title: t('investor.enterprise'), dataIndex: 'orgName' },
    { title: t('investor.stage'), dataIndex: 'stage', render: (s: InvestorMatch['stage']) => t(`fundStage.${s}`) },
    { title: t('investor.industry'), dataIndex: 'industry', render: industry },
    { title: t('investor.need'), dataIndex: 'needFen', render: (v: number | null) => formatMoney(v) },
    {
      title: t('investor.reasons'),
      dataIndex: 'reasons',
      render: (rs: InvestorMatch['reasons']) => rs.map((r) => wordsOf(r, labels.zh)).join('；'),
    },
    {
      title: t('fields.actions'),
      key: 'actions',
      render: (_: unknown, m) => (
        <Button size="small" onClick={() => setInvesting({ orgId: m.orgId })} data-testid={`match-${m.orgId}-invest`}>
          {t('investor.invest')}
        </Button>
      ),
    },
  ];
  const investmentColumns: TableColumnType<Investment>[] = [
    { title: t('investor.enterprise'), dataIndex: 'orgName' },
    { title: t('investor.fund'), dataIndex: 'fundName', render: (v: string | null) => v ?? t('investor.ownMoney') },
    { title: t('investor.amount'), dataIndex: 'amountFen', render: (v: number) => formatMoney(v) },
    { title: t('investor.round'), dataIndex: 'round', render: (r: Investment['round']) => t(`investRound.${r}`) },
    { title: t('investor.investedOn'), dataIndex: 'investedOn', render: formatDate },
  ];
  const notInvestor = profile.error instanceof ApiError && profile.error.code === 'finance.not_investor';
  return (
    <div>
      <PageHeader
        title={t('investor.title')}
        subtitle={t('investor.subtitle')}
        extra={
          !notInvestor && (
            <Button type="primary" onClick={() => setInvesting({})} data-testid="investment-new">
              {t('investor.invest')}
            </Button>
          )
        }
      />
      {notInvestor ? (
        <Alert type="info" showIcon title={t('investor.notInvestor')} />
      ) : profile.isError ? (
        <QueryError error={profile.error} onRetry={() => profile.refetch()} />
      ) : !profile.isSuccess ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <InvestorProfileForm profile={profile.data} />
          <Card title={t('investor.matches')}>
            {profile.data === null ? (
              <Alert type="info" showIcon title={t('investor.matchesHint')} />
            ) : (
              <div data-testid="investor-matches" data-total={matches.data?.items.length ?? ''}>
                <DataTable<InvestorMatch>
                  rowKey="orgId"
                  columns={matchColumns}
                  dataSource={matches.data?.items}
                  loading={matches.isLoading}
                />
              </div>
            )}
          </Card>
          <Card title={t('investor.investments')}>
            <div data-testid="investments" data-total={investments.data?.items.length ?? ''}>
              <DataTable<Investment>
                rowKey="id"
                columns={investmentColumns}
                dataSource={investments.data?.items}
                loading={investments.isLoading}
              />
            </div>
          </Card>
        </Space>
      )}
      {investing && (
        <InvestmentModal funds={mine} orgId={investing.orgId} ownMoney onClose={() => setInvesting(null)} />
      )}
    </div>
  );
}
