import type { Fund } from '@cz/shared/finance';
import { Button, Card, Descriptions, Empty, Space, Spin, type TableColumnType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { useFunds } from '../events.api';
import { useFinanceLabels } from '../labels';
import { CommitmentModal, FundCreateModal } from './FundModals';
import { InvestmentModal } from './InvestmentModal';

type Commitment = Fund['commitments'][number];
type Acting = { kind: 'commit' | 'invest'; fund: Fund } | { kind: 'create' } | null;

function FundCard({
  fund: f,
  office,
  act,
  nested,
}: {
  fund: Fund;
  office: boolean;
  act: (a: Acting) => void;
  nested?: boolean;
}) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const columns: TableColumnType<Commitment>[] = [
    { title: t('fund.lpName'), dataIndex: 'lpName' },
    { title: t('investor.amount'), dataIndex: 'amountFen', render: (v: number) => formatMoney(v) },
    { title: t('fund.committedOn'), dataIndex: 'committedOn', render: formatDate },
  ];
  return (
    <Card
      size={nested ? 'small' : 'default'}
      title={`${f.name} · ${t(`fundKind.${f.kind}`)}`}
      data-testid={`fund-${f.id}`}
      extra={
        office && (
          <Space wrap>
            <Button size="small" onClick={() => act({ kind: 'commit', fund: f })} data-testid={`fund-${f.id}-commit`}>
              {t('fund.commit')}
            </Button>
            <Button size="small" onClick={() => act({ kind: 'invest', fund: f })} data-testid={`fund-${f.id}-invest`}>
              {t('investor.invest')}
            </Button>
          </Space>
        )
      }
    >
      <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
        <Descriptions.Item label={t('fund.target')}>{formatMoney(f.targetFen)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.committed')}>
          <span data-testid={`fund-${f.id}-committed`} data-fen={f.committedFen}>
            {formatMoney(f.committedFen)}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.invested')}>{formatMoney(f.investedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('fund.manager')}>{f.managerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fund.vintage')}>{f.vintage}</Descriptions.Item>
        <Descriptions.Item label={t('fund.stages')}>
          {labels.list(f.stages, (s) => t(`fundStage.${s as Fund['stages'][number]}`))}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.fields')}>{labels.list(f.fields, (x) => x)}</Descriptions.Item>
      </Descriptions>
      {f.commitments.length > 0 && (
        <div style={{ marginTop: 12 }}>
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
    </Card>
  );
}

/** 产业引导基金: each guide fund with its sub-funds, commitments and amounts invested; the office records them. */
export function FundsView({ office = false }: { office?: boolean }) {
  const { t } = useTranslation('finance');
  const funds = useFunds();
  const [acting, setActing] = useState<Acting>(null);
  if (funds.isError) return <QueryError error={funds.error} onRetry={() => funds.refetch()} />;
  if (!funds.data) return <Spin />;
  const all = funds.data.items;
  const guides = all.filter((f) => f.kind === 'guide');
  const orphans = all.filter((f) => f.kind === 'sub' && !guides.some((g) => g.id === f.parentId));
  const close = () => setActing(null);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="funds">
      {office && (
        <Button type="primary" onClick={() => setActing({ kind: 'create' })} data-testid="fund-new">
          {t('fund.new')}
        </Button>
      )}
      {all.length === 0 && <Empty description={t('fund.none')} />}
      {[...guides, ...orphans].map((g) => (
        <Space key={g.id} orientation="vertical" size={12} style={{ width: '100%' }}>
          <FundCard fund={g} office={office} act={setActing} />
          {g.subFunds.length > 0 && (
            <Card size="small" title={t('fund.subFunds')} style={{ marginInlineStart: 16 }}>
              <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                {g.subFunds.map((s) => {
                  const sub = all.find((f) => f.id === s.id);
                  return sub ? (
                    <FundCard key={s.id} fund={sub} office={office} act={setActing} nested />
                  ) : (
                    <span key={s.id}>
                      {s.name} · {formatMoney(s.targetFen)}
                    </span>
                  );
                })}
              </Space>
            </Card>
          )}
        </Space>
      ))}
      {acting?.kind === 'create' && <FundCreateModal funds={all} onClose={close} />}
      {acting?.kind === 'commit' && <CommitmentModal fund={acting.fund} funds={all} onClose={close} />}
      {acting?.kind === 'invest' && (
        <InvestmentModal funds={all} fundId={acting.fund.id} ownMoney={false} onClose={close} />
      )}
    </Space>
  );
}
