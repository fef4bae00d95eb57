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
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
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

/** The page's two lists: the matches page as `mpage` and search as `mq`, the investments as `ipage` and `iq`. */
const MATCH_LIST = defineList({ filters: { mq: filter.text }, prefix: 'm' });
const INVESTMENT_LIST = defineList({ filters: { iq: filter.text }, prefix: 'i' });

/** An investment institution's desk: its preferences, the enterprises that fit them, and its investments. */
export function DeskInvestorPage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const { me } = useAuth();
  const profile = useInvestorProfile();
  const matchPage = useListPage(MATCH_LIST);
  const investmentPage = useListPage(INVESTMENT_LIST);
  const matchSearch = matchPage.filters.mq ? { q: matchPage.filters.mq } : {};
  const investmentSearch = investmentPage.filters.iq ? { q: investmentPage.filters.iq } : {};
  const matches = useInvestorMatches(
    { page: matchPage.page, pageSize: matchPage.pageSize, ...matchSearch },
    profile.isSuccess && profile.data !== null,
  );
  const investments = useInvestments(
    { page: investmentPage.page, pageSize: investmentPage.pageSize, ...investmentSearch },
    profile.isSuccess,
  );
  // The funds my institution manages, for the investment form's picker.
  const orgId = me?.org?.id;
  const funds = useFunds({ managerOrgId: orgId, pageSize: 100 }, orgId !== undefined);
  const [investing, setInvesting] = useState<{ orgId?: number } | null>(null);
  const mine = funds.data?.items ?? [];
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
              <>
                <SearchToolbar
                  q={matchPage.filters.mq}
                  placeholder={t('investor.matchSearch')}
                  onSearch={(q) => matchPage.setFilter('mq', q)}
                  searchTestId="investor-matches-search"
                  actions={
                    <ExportButton
                      path="/finance/investor-matches/export.xlsx"
                      query={matchSearch}
                      fileName="investor-matches.xlsx"
                      testId="investor-matches-export"
                    />
                  }
                />
                {matches.isError ? (
                  <QueryError error={matches.error} onRetry={() => matches.refetch()} />
                ) : (
                  <div data-testid="investor-matches" data-total={matches.data?.total ?? ''}>
                    <DataTable<InvestorMatch>
                      rowKey="orgId"
                      columns={matchColumns}
                      {...matchPage.tableProps(matches.data, matches.isFetching)}
                    />
                  </div>
                )}
              </>
            )}
          </Card>
          <Card title={t('investor.investments')}>
            <SearchToolbar
              q={investmentPage.filters.iq}
              placeholder={t('investor.investmentSearch')}
              onSearch={(q) => investmentPage.setFilter('iq', q)}
              searchTestId="investments-search"
              actions={
                <ExportButton
                  path="/finance/investments/export.xlsx"
                  query={investmentSearch}
                  fileName="investments.xlsx"
                  testId="investments-export"
                />
              }
            />
            {investments.isError ? (
              <QueryError error={investments.error} onRetry={() => investments.refetch()} />
            ) : (
              <div data-testid="investments" data-total={investments.data?.total ?? ''}>
                <DataTable<Investment>
                  rowKey="id"
                  columns={investmentColumns}
                  {...investmentPage.tableProps(investments.data, investments.isFetching)}
                />
              </div>
            )}
          </Card>
        </Space>
      )}
      {investing && (
        <InvestmentModal funds={mine} orgId={investing.orgId} ownMoney onClose={() => setInvesting(null)} />
      )}
    </div>
  );
}
