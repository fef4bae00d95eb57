import type { AutoCandidate, AutoConfirmBody, AutoConfirmResult } from '@cz/shared/policy';
import { Alert, App, Button, Card, Col, Empty, Row, Select, Space, Statistic, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { formatMoney } from '../../../../kit/money';
import { useAutoCandidates, useAutoConfirm, useAutoItems } from '../api';
import { ApplicationStatusTag } from '../components/Tags';

const AUTO_LIST = defineList({ filters: { item: filter.int, q: filter.text } });
const RESULT_COLOR = { eligible: 'green', not_eligible: 'red', needs_data: 'orange' } as const;

/**
 * 免申即享 名单确认: for an item, the enterprises the standings hold eligible, each checked again against its facts
 * now, with its amount and any application already made; the department confirms all, the ones ticked, or one.
 */
export function AutoConfirmPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const listPage = useListPage(AUTO_LIST);
  const { filters, update } = listPage;
  const items = useAutoItems();
  const itemId = filters.item;
  const list = useAutoCandidates(itemId, {
    page: listPage.page,
    pageSize: listPage.pageSize,
    ...(filters.q ? { q: filters.q } : {}),
  });
  const confirm = useAutoConfirm();
  const [selected, setSelected] = useState<number[]>([]);
  const [result, setResult] = useState<AutoConfirmResult | null>(null);

  const run = async (body: AutoConfirmBody) => {
    if (!itemId) return;
    try {
      const r = await confirm.mutateAsync({ itemId, body });
      setResult(r);
      setSelected([]);
      message.success(t('applications.auto.confirmed', { count: r.confirmed.length, amount: formatMoney(r.totalFen) }));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const open = (c: AutoCandidate) => c.result === 'eligible' && !c.applicationId;
  const columns: TableColumnsType<AutoCandidate> = [
    { title: t('applications.fields.org'), dataIndex: 'orgName' },
    {
      title: t('applications.auto.now'),
      dataIndex: 'result',
      render: (r: AutoCandidate['result'], c) => (
        <Tag color={RESULT_COLOR[r]} data-testid={`candidate-result-${c.orgId}`}>
          {t(`applications.result.${r}`)}
        </Tag>
      ),
    },
    { title: t('applications.fields.amount'), dataIndex: 'amountFen', render: (v: number | null) => formatMoney(v) },
    {
      title: t('applications.fields.status'),
      dataIndex: 'applicationStatus',
      render: (s: AutoCandidate['applicationStatus'], c) =>
        s && c.applicationId ? (
          <LinkButton type="link" size="small" to={`/admin/policy-applications/${c.applicationId}`}>
            <ApplicationStatusTag status={s} />
          </LinkButton>
        ) : (
          t('applications.auto.none')
        ),
    },
    {
      title: t('applications.auto.actions'),
      key: 'actions',
      render: (_: unknown, c) =>
        open(c) ? (
          <Button
            size="small"
            onClick={() => run({ orgIds: [c.orgId] })}
            data-testid={`confirm-${c.orgId}`}
            aria-label={t('applications.auto.confirmOneOf', { org: c.orgName })}
          >
            {t('applications.auto.confirmOne')}
          </Button>
        ) : null,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('applications.auto.title')}
        subtitle={t('applications.auto.subtitle')}
        extra={<LinkButton to="/admin/policy-applications?mode=auto">{t('applications.auto.list')}</LinkButton>}
      />
      <Card style={{ marginBottom: 12 }}>
        <Select
          style={{ width: '100%' }}
          placeholder={t('applications.auto.pickItem')}
          aria-label={t('applications.auto.pickItem')}
          value={itemId}
          loading={items.isLoading}
          options={(items.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
          onChange={(item) => {
            setResult(null);
            update({ item });
          }}
          data-testid="auto-item"
        />
      </Card>
      {!itemId ? (
        <Card>
          <Empty description={t('applications.auto.noItem')} />
        </Card>
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t('applications.auto.listed')} value={list.data?.total ?? 0} />
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic
                  title={t('applications.auto.budget')}
                  value={
                    list.data?.budgetFen === null ? t('applications.auto.noBudget') : formatMoney(list.data?.budgetFen)
                  }
                />
              </Card>
            </Col>
            <Col xs={24} md={8}>
              <Card size="small">
                <Statistic title={t('applications.auto.committed')} value={formatMoney(list.data?.committedFen ?? 0)} />
              </Card>
            </Col>
          </Row>
          {result && result.skipped.length > 0 && (
            <Alert
              type="info"
              showIcon
              closable
              style={{ marginBottom: 12 }}
              title={t('applications.auto.skipped', { count: result.skipped.length })}
              description={result.skipped
                .map((s) => `#${s.orgId} ${t(`applications.auto.reasons.${s.reason}`)}`)
                .join('；')}
            />
          )}
          <Card>
            <SearchToolbar
              q={filters.q}
              placeholder={t('applications.auto.search')}
              onSearch={(q) => update({ q })}
              actions={
                <Space wrap>
                  <Button
                    disabled={selected.length === 0}
                    loading={confirm.isPending}
                    onClick={() => run({ orgIds: selected })}
                    data-testid="confirm-selected"
                  >
                    {t('applications.auto.confirmSelected', { count: selected.length })}
                  </Button>
                  <Button
                    type="primary"
                    loading={confirm.isPending}
                    onClick={() => run({ all: true })}
                    data-testid="confirm-all"
                  >
                    {t('applications.auto.confirmAll')}
                  </Button>
                  <ExportButton
                    path={`/policy/items/${itemId}/auto-candidates/export.xlsx`}
                    query={{ q: filters.q }}
                    fileName={`policy-item-${itemId}-candidates.xlsx`}
                    testId="candidates-export"
                  />
                </Space>
              }
            />
            <div data-testid="auto-candidates" data-total={list.data?.total ?? ''}>
              <DataTable<AutoCandidate>
                rowKey="orgId"
                columns={columns}
                rowSelection={{
                  selectedRowKeys: selected,
                  onChange: (keys) => setSelected(keys.map(Number)),
                  getCheckboxProps: (c) => ({ disabled: !open(c), 'aria-label': c.orgName }),
                }}
                {...listPage.tableProps(list.data, list.isFetching)}
              />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
