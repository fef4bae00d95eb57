import { POOL_TIERS, type PoolEntry } from '@cz/shared/cultivation-api';
import { App, Button, Card, Col, Form, Modal, Row, Select, type TableColumnsType, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { EChart } from '../../../../kit/charts/EChart';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { OrgPicker } from '../../../identity/components/OrgPicker';
import { useAddToPool, useOwners, usePoolList, usePoolStats } from '../../api';
import { BuildPoolModal } from '../../components/BuildPoolModal';
import { CriteriaCard } from '../../components/CriteriaCard';
import { VerdictTag } from '../../components/Explanations';

const POOL_LIST = defineList({ filters: { q: filter.text, tier: filter.oneOf(POOL_TIERS), ownerId: filter.int } });
const TIER_COLOR = { seed: 'default', growing: 'blue', sprint: 'volcano' } as const;

/** 高企后备培育库: the pool with tiers, owners and open tasks; built by criteria or by hand; progress charts; export. */
export function PoolPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const listPage = useListPage(POOL_LIST);
  const { filters, update } = listPage;
  const list = usePoolList(listPage.query);
  const stats = usePoolStats();
  const owners = useOwners();
  const add = useAddToPool();
  const [building, setBuilding] = useState(false);
  const [adding, setAdding] = useState(false);
  const ownerOptions = (owners.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
  const tierOptions = POOL_TIERS.map((k) => ({ value: k, label: t(`tiers.${k}`) }));

  const columns: TableColumnsType<PoolEntry> = [
    {
      title: t('pool.org'),
      dataIndex: 'orgName',
      render: (n: string, r) => (
        <Link to={`/admin/cultivation/pool/${r.orgId}`} data-testid={`pool-row-${r.orgId}`}>
          {n}
        </Link>
      ),
    },
    {
      title: t('pool.tier'),
      dataIndex: 'tier',
      render: (v: PoolEntry['tier']) => <Tag color={TIER_COLOR[v]}>{t(`tiers.${v}`)}</Tag>,
    },
    { title: t('pool.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? t('pool.noOwner') },
    { title: t('pool.techSmeScore'), dataIndex: 'techSmeScore', render: (v: number | null) => v ?? '—' },
    {
      title: t('pool.hteVerdict'),
      dataIndex: 'hteVerdict',
      render: (v: PoolEntry['hteVerdict']) => (v ? <VerdictTag verdict={v} /> : '—'),
    },
    { title: t('pool.source'), dataIndex: 'source', render: (v: PoolEntry['source']) => t(`pool.sources.${v}`) },
    { title: t('pool.openTasks'), dataIndex: 'openTasks' },
    { title: t('pool.nextDue'), dataIndex: 'nextDueOn', render: (v: string | null) => v ?? '—' },
    { title: t('pool.lastVisit'), dataIndex: 'lastVisitOn', render: (v: string | null) => v ?? '—' },
  ];

  const tierChart = useMemo(
    () => ({
      tooltip: {},
      xAxis: { type: 'category', data: (stats.data?.byTier ?? []).map((x) => t(`tiers.${x.tier}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('pool.byTier'), data: (stats.data?.byTier ?? []).map((x) => x.count) }],
    }),
    [stats.data, t],
  );
  const outcomeChart = useMemo(() => {
    const years = [...new Set((stats.data?.byOutcome ?? []).map((x) => x.year))].sort();
    return {
      tooltip: {},
      legend: {},
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', minInterval: 1 },
      series: (['applied', 'recognised', 'failed'] as const).map((o) => ({
        type: 'bar',
        name: t(`results.${o}`),
        data: years.map((y) => stats.data?.byOutcome.find((x) => x.year === y && x.outcome === o)?.count ?? 0),
      })),
    };
  }, [stats.data, t]);

  return (
    <div>
      <PageHeader
        title={t('pool.title')}
        subtitle={t('pool.subtitle')}
        extra={
          <>
            <Button type="primary" onClick={() => setBuilding(true)} data-testid="pool-build">
              {t('pool.build')}
            </Button>
            <Button onClick={() => setAdding(true)}>{t('pool.add')}</Button>
            <ExportButton
              path="/cultivation/pool/export.xlsx"
              query={listPage.exportQuery}
              fileName="cultivation-pool.xlsx"
              testId="pool-export"
            />
          </>
        }
      />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} md={12}>
          <Card title={t('pool.byTier')}>
            <EChart option={tierChart} height={220} testId="pool-tier-chart" />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('pool.byOutcome')}>
            <EChart option={outcomeChart} height={220} testId="pool-outcome-chart" />
          </Card>
        </Col>
      </Row>
      <CriteriaCard />
      <Card title={t('pool.entries')}>
        <SearchToolbar<string | number>
          q={filters.q}
          placeholder={t('pool.search')}
          onSearch={(q) => update({ q })}
          searchSpan={8}
          choices={[
            {
              value: filters.tier,
              label: t('pool.tier'),
              options: tierOptions,
              onChange: (v) => update({ tier: v }),
              span: 4,
            },
            {
              value: filters.ownerId,
              label: t('pool.owner'),
              options: ownerOptions,
              onChange: (v) => update({ ownerId: v }),
              span: 4,
            },
          ]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="pool-list" data-total={list.data?.total ?? ''}>
            <DataTable<PoolEntry>
              rowKey="orgId"
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
      <BuildPoolModal open={building} onClose={() => setBuilding(false)} ownerOptions={ownerOptions} />
      <Modal open={adding} title={t('pool.addTitle')} onCancel={() => setAdding(false)} footer={null} destroyOnHidden>
        <Form
          layout="vertical"
          initialValues={{ tier: 'seed' }}
          onFinish={(v: { orgId: number; tier: string; ownerId?: number }) =>
            add.mutateAsync(v).then(
              (card) => {
                message.success(t('pool.added', { name: card.entry.orgName }));
                setAdding(false);
              },
              (err) => message.error(errorMessage(err)),
            )
          }
        >
          <Form.Item name="orgId" label={t('pool.org')} rules={[{ required: true }]} extra={t('pool.orgHint')}>
            <OrgPicker kinds={['enterprise']} testId="pool-add-org" />
          </Form.Item>
          <Form.Item name="tier" label={t('pool.tier')} rules={[{ required: true }]}>
            <Select options={tierOptions} />
          </Form.Item>
          <Form.Item name="ownerId" label={t('pool.owner')}>
            <Select allowClear options={ownerOptions} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} block>
            {t('pool.add')}
          </Button>
        </Form>
      </Modal>
    </div>
  );
}
