import '../items.css';
import { PlayCircleOutlined } from '@ant-design/icons';
import { isFactKey, type PolicySimulationOrg } from '@cz/shared/policy';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  List,
  Progress,
  Row,
  Spin,
  Statistic,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { useItem, useLatestRun, useRun, useRunOrgs, useSimulate } from '../api';
import { ItemStatusTag } from '../components/ItemBits';
import { useItemLabels } from '../labels';

const VERDICTS = ['eligible', 'not_eligible', 'needs_data'] as const;
const RUN_ORGS = defineList({ filters: { result: filter.oneOf(VERDICTS), q: filter.text } });
const RESULT_COLOR = { eligible: 'green', not_eligible: 'red', needs_data: 'orange' } as const;

/**
 * 测算: the item run over every enterprise of the registry before it is published — who would qualify, the total
 * payout within the budget, the facts missing most — with the enterprises by result and their Excel export. The
 * latest run is shown when there is one; a new run shows its progress.
 */
export function SimulationPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const labels = useItemLabels();
  const id = Number(useParams().id) || 0;
  const item = useItem(id);
  const latest = useLatestRun(id);
  const simulate = useSimulate();
  const runId = simulate.data?.id ?? latest.data?.id;
  const run = useRun(runId);
  const r = run.data ?? simulate.data ?? latest.data ?? null;
  const done = r?.status === 'done';
  const listPage = useListPage(RUN_ORGS);
  const orgs = useRunOrgs(runId, listPage.query, done);

  if (item.isError) return <QueryError error={item.error} onRetry={() => item.refetch()} />;
  if (!item.data || latest.isLoading) return <Spin />;
  const i = item.data;
  const percent = r && r.total > 0 ? Math.floor((r.processed / r.total) * 100) : r?.status === 'done' ? 100 : 0;
  const start = () =>
    simulate.mutateAsync(id).then(
      () => message.success(t('items.simulation.started')),
      (err) => message.error(errorMessage(err)),
    );

  const columns: TableColumnsType<PolicySimulationOrg> = [
    { title: t('items.simulation.org'), dataIndex: 'orgName' },
    {
      title: t('items.simulation.result'),
      dataIndex: 'result',
      render: (_: unknown, o) => (
        <>
          <Tag color={RESULT_COLOR[o.result]}>{t(`applications.result.${o.result}`)}</Tag>
          {o.needsReview && <Tag color="blue">{t('items.builder.byHand')}</Tag>}
        </>
      ),
    },
    {
      title: t('items.simulation.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number | null) => formatMoney(v),
    },
    {
      title: t('items.simulation.missing'),
      dataIndex: 'missing',
      render: (m: string[]) =>
        m.length === 0 ? '—' : m.map((f) => (isFactKey(f) ? labels.fact(f) : f)).join(labels.en ? ', ' : '、'),
    },
  ];

  return (
    <div data-testid="simulation-page" data-status={r?.status ?? 'none'}>
      <PageHeader
        title={t('items.simulation.title')}
        documentTitle={`${t('items.simulation.title')} · ${i.title}`}
        subtitle={
          <>
            <ItemStatusTag status={i.status} /> {i.title}
          </>
        }
        extra={
          <>
            <Button
              type="primary"
              icon={<PlayCircleOutlined aria-hidden />}
              loading={simulate.isPending || r?.status === 'running'}
              onClick={start}
              data-testid="simulation-start"
            >
              {r ? t('items.simulation.again') : t('items.simulation.start')}
            </Button>
            <LinkButton to={`/admin/policy-items/${id}/edit`}>{t('items.simulation.back')}</LinkButton>
          </>
        }
      />
      {!r ? (
        <Alert type="info" showIcon title={t('items.simulation.none')} data-testid="simulation-none" />
      ) : (
        <Row gutter={[12, 12]}>
          <Col xs={24}>
            <Card size="small" data-testid="simulation-progress" data-percent={percent}>
              <Progress
                percent={percent}
                status={r.status === 'failed' ? 'exception' : r.status === 'running' ? 'active' : 'success'}
              />
              <Typography.Text type="secondary">
                {t('items.simulation.progress', { processed: r.processed, total: r.total })} ·{' '}
                {t('items.simulation.startedAt', { at: formatDateTime(r.startedAt) })} ·{' '}
                {t(`items.simulation.kinds.${r.kind}`)}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('applications.result.eligible')}
                value={r.eligible}
                data-testid="simulation-eligible"
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('applications.result.not_eligible')}
                value={r.notEligible}
                data-testid="simulation-not-eligible"
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('applications.result.needs_data')}
                value={r.needsData}
                data-testid="simulation-needs-data"
              />
            </Card>
          </Col>
          <Col xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t('items.simulation.payout')}
                value={formatMoney(r.payoutFen)}
                data-testid="simulation-payout"
              />
              {r.payoutUncappedFen > r.payoutFen && (
                <Typography.Text type="secondary">
                  {t('items.simulation.capped', { amount: formatMoney(r.payoutUncappedFen) })}
                </Typography.Text>
              )}
              {r.needsReview > 0 && (
                <Typography.Text type="secondary">
                  {t('items.simulation.needsReview', { count: r.needsReview })}
                </Typography.Text>
              )}
            </Card>
          </Col>
          <Col xs={24} lg={8}>
            <Card size="small" title={t('items.simulation.missingMost')}>
              <List
                size="small"
                dataSource={r.missingFacts}
                data-testid="simulation-missing"
                locale={{ emptyText: t('items.simulation.noneMissing') }}
                renderItem={(m, n) => (
                  <List.Item key={m.fact} extra={t('items.simulation.orgCount', { count: m.count })}>
                    {n + 1}. {labels.words(m.label)}
                  </List.Item>
                )}
              />
            </Card>
          </Col>
          <Col xs={24} lg={16}>
            <Card
              size="small"
              title={t('items.simulation.orgs')}
              extra={
                done && (
                  <ExportButton
                    path={`/policy/runs/${r.id}/orgs/export.xlsx`}
                    query={listPage.exportQuery}
                    fileName={`policy-run-${r.id}.xlsx`}
                    testId="simulation-export"
                  />
                )
              }
            >
              <SearchToolbar
                q={listPage.filters.q}
                placeholder={t('items.simulation.search')}
                onSearch={(q) => listPage.setFilter('q', q)}
                searchTestId="simulation-search"
                choices={[
                  {
                    label: t('items.simulation.result'),
                    value: listPage.filters.result,
                    options: VERDICTS.map((v) => ({ value: v, label: t(`applications.result.${v}`) })),
                    onChange: (v) => listPage.setFilter('result', v),
                  },
                ]}
              />
              {orgs.isError ? (
                <QueryError error={orgs.error} onRetry={() => orgs.refetch()} />
              ) : (
                <div data-testid="simulation-orgs" data-total={orgs.data?.total ?? ''}>
                  <DataTable<PolicySimulationOrg>
                    rowKey="orgId"
                    columns={columns}
                    {...listPage.tableProps(orgs.data, orgs.isFetching)}
                  />
                </div>
              )}
            </Card>
          </Col>
        </Row>
      )}
    </div>
  );
}
