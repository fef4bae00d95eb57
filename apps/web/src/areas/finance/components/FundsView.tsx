import type { Fund } from '@cz/shared/finance';
import { Button, Card, Descriptions, Space, type TableColumnType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { formatMoney } from '../../../kit/money';
import { useFunds } from '../events.api';
import { useFinanceLabels } from '../labels';
import { CommitmentModal, FundCreateModal } from './FundModals';
import { InvestmentModal } from './InvestmentModal';

type Commitment = Fund['commitments'][number];
type Acting = { kind: 'commit' | 'invest'; fund: Fund } | { kind: 'create' } | null;

const FUND_LIST = defineList({ filters: { q: filter.text, kind: filter.oneOf(['guide', 'sub'] as const) } });

/** A fund's row opened: its year, stages and fields, its limited partners' commitments and its sub-funds. */
function FundDetails({ fund: f }: { fund: Fund }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const columns: TableColumnType<Commitment>[] = [
    { title: t('fund.lpName'), dataIndex: 'lpName' },
    { title: t('investor.amount'), dataIndex: 'amountFen', render: (v: number) => formatMoney(v) },
    { title: t('fund.committedOn'), dataIndex: 'committedOn', render: formatDate },
  ];
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid={`fund-${f.id}-details`}>
      <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
        <Descriptions.Item label={t('fund.vintage')}>{f.vintage}</Descriptions.Item>
        <Descriptions.Item label={t('fund.stages')}>
          {labels.list(f.stages, (s) => t(`fundStage.${s as Fund['stages'][number]}`))}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.fields')}>{labels.list(f.fields, (x) => x)}</Descriptions.Item>
        {f.subFunds.length > 0 && (
          <Descriptions.Item label={t('fund.subFunds')} span={3}>
            {f.subFunds.map((s) => `${s.name} · ${formatMoney(s.targetFen)}`).join('；')}
          </Descriptions.Item>
        )}
      </Descriptions>
      {f.commitments.length > 0 && (
        <div>
          <Typography.Text strong>{t('fund.commitments')}</Typography.Text>
          <DataTable<Commitment>
            rowKey={(c) => `${c.lpName}-${c.committedOn}-${c.amountFen}`}
            columns={columns}
            dataSource={f.commitments}
            pagination={false}
            size="small"
          />
        </div>
      )}
    </Space>
  );
}

/**
 * 产业引导基金: the guide funds, each followed by its sub-funds, with commitments and amounts invested; paged,
 * searched by the fund's or the manager's name and exported as Excel. The office records funds, commitments and
 * investments here.
 */
export function FundsView({ office = false }: { office?: boolean }) {
  const { t } = useTranslation('finance');
  const listPage = useListPage(FUND_LIST);
  const funds = useFunds(listPage.query);
  const [acting, setActing] = useState<Acting>(null);
  // The funds an investment may be made by, for the office's picker: a zone keeps a few.
  const picker = useFunds({ pageSize: 100 }, acting?.kind === 'invest');
  const close = () => setActing(null);
  const columns: TableColumnType<Fund>[] = [
    {
      title: t('fund.name'),
      dataIndex: 'name',
      render: (name: string, f) => <span data-testid={`fund-${f.id}`}>{name}</span>,
    },
    { title: t('fund.kind'), dataIndex: 'kind', render: (k: Fund['kind']) => t(`fundKind.${k}`) },
    { title: t('fund.parent'), dataIndex: 'parentName', render: (v: string | null) => v ?? '—' },
    { title: t('fund.manager'), dataIndex: 'managerName', render: (v: string | null) => v ?? '—' },
    { title: t('fund.target'), dataIndex: 'targetFen', render: (v: number) => formatMoney(v) },
    {
      title: t('fund.committed'),
      dataIndex: 'committedFen',
      render: (v: number, f) => (
        <span data-testid={`fund-${f.id}-committed`} data-fen={v}>
          {formatMoney(v)}
        </span>
      ),
    },
    { title: t('fund.invested'), dataIndex: 'investedFen', render: (v: number) => formatMoney(v) },
    ...(office
      ? [
          {
            title: t('fields.actions'),
            key: 'actions',
            render: (_: unknown, f: Fund) => (
              <Space size={4} wrap>
                <Button
                  size="small"
                  onClick={() => setActing({ kind: 'commit', fund: f })}
                  data-testid={`fund-${f.id}-commit`}
                >
                  {t('fund.commit')}
                </Button>
                <Button
                  size="small"
                  onClick={() => setActing({ kind: 'invest', fund: f })}
                  data-testid={`fund-${f.id}-invest`}
                >
                  {t('investor.invest')}
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('fund.search')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="funds-search"
        choice={{
          value: listPage.filters.kind,
          label: t('fund.kind'),
          options: (['guide', 'sub'] as const).map((k) => ({ value: k, label: t(`fundKind.${k}`) })),
          onChange: (v) => listPage.update({ kind: v }),
          testId: 'funds-kind',
        }}
        actions={
          <>
            {office && (
              <Button type="primary" onClick={() => setActing({ kind: 'create' })} data-testid="fund-new">
                {t('fund.new')}
              </Button>
            )}
            <ExportButton
              path="/finance/funds/export.xlsx"
              query={listPage.exportQuery}
              fileName="guide-funds.xlsx"
              testId="funds-export"
            />
          </>
        }
      />
      {funds.isError ? (
        <QueryError error={funds.error} onRetry={() => funds.refetch()} />
      ) : (
        <div data-testid="funds" data-total={funds.data?.total ?? ''}>
          <DataTable<Fund>
            rowKey="id"
            columns={columns}
            expandable={{ expandedRowRender: (f) => <FundDetails fund={f} /> }}
            locale={{ emptyText: t('fund.none') }}
            {...listPage.tableProps(funds.data, funds.isFetching)}
          />
        </div>
      )}
      {acting?.kind === 'create' && <FundCreateModal onClose={close} />}
      {acting?.kind === 'commit' && <CommitmentModal fund={acting.fund} onClose={close} />}
      {acting?.kind === 'invest' && (
        <InvestmentModal
          funds={picker.data?.items ?? [acting.fund]}
          fundId={acting.fund.id}
          ownMoney={false}
          onClose={close}
        />
      )}
    </Card>
  );
}
