import { CRITERION_STATUSES, type Criterion } from '@cz/shared/cultivation-api';
import { App, Button, Card, Popconfirm, Radio, Space, Switch, type TableColumnsType, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDateTime } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useApplyCriterion, useCriteria, usePatchCriterion } from '../api';
import { useCriteriaWords } from './criteria-words';

/** A short column's heading on one line. */
const Nowrap = ({ children }: { children: ReactNode }) => <span style={{ whiteSpace: 'nowrap' }}>{children}</span>;

/** The pool's second list: its page under `cpage`, its search and status under `cq` and `cstatus`. */
const CRITERIA_LIST = defineList({
  filters: { cq: filter.text, cstatus: filter.oneOf(CRITERION_STATUSES) },
  pageSize: 10,
  prefix: 'c',
});

/**
 * The saved criteria of the pool, searched by name, paged and exported on the server: what each asks, what it brought
 * in, how many match now and how many applying it would add; applied again by hand or each night, and retired (or
 * brought back).
 */
export function CriteriaCard() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const words = useCriteriaWords();
  const listPage = useListPage(CRITERIA_LIST);
  const status = listPage.filters.cstatus ?? 'active';
  const { cq } = listPage.filters;
  const list = useCriteria({ q: cq, status, page: listPage.page, pageSize: listPage.pageSize });
  const apply = useApplyCriterion();
  const patch = usePatchCriterion();

  const run = (c: Criterion) =>
    apply.mutateAsync(c.id).then(
      (r) => message.success(t('pool.built', { matched: r.matched, added: r.added })),
      (err) => message.error(errorMessage(err)),
    );
  type Done = 'criteria.autoOn' | 'criteria.autoOff' | 'criteria.retiredDone' | 'criteria.restoredDone';
  const change = (c: Criterion, body: Record<string, unknown>, done: Done) =>
    patch.mutateAsync({ id: c.id, body }).then(
      () => message.success(t(done, { name: c.name })),
      (err) => message.error(errorMessage(err)),
    );

  const columns: TableColumnsType<Criterion> = [
    {
      title: t('criteria.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <div style={{ minWidth: 160 }}>
          <div>{name}</div>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Tag>{t(`tiers.${c.tier}`)}</Tag>
            <span style={{ color: 'rgba(0,0,0,0.55)' }}>{c.ownerName ?? t('pool.noOwner')}</span>
          </Space>
        </div>
      ),
    },
    {
      title: t('criteria.conditions'),
      key: 'filter',
      render: (_v, c) => <div style={{ minWidth: 180 }}>{words(c.filter)}</div>,
    },
    { title: <Nowrap>{t('criteria.inPool')}</Nowrap>, dataIndex: 'inPool' },
    {
      title: <Nowrap>{t('criteria.matching')}</Nowrap>,
      key: 'matching',
      render: (_v, c) => (
        <span data-testid={`criterion-counts-${c.id}`} data-matching={c.matching} data-new={c.newMatches}>
          {t('criteria.matchingNow', { matching: c.matching, fresh: c.newMatches })}
        </span>
      ),
    },
    {
      title: <Nowrap>{t('criteria.autoApply')}</Nowrap>,
      dataIndex: 'autoApply',
      render: (v: boolean, c) => (
        <Switch
          size="small"
          checked={v}
          disabled={c.status === 'retired'}
          loading={patch.isPending && patch.variables?.id === c.id}
          aria-label={t('criteria.autoApplyOf', { name: c.name })}
          onChange={(on) => change(c, { autoApply: on }, on ? 'criteria.autoOn' : 'criteria.autoOff')}
        />
      ),
    },
    {
      title: <Nowrap>{t('criteria.appliedAt')}</Nowrap>,
      dataIndex: 'appliedAt',
      render: (v: string | null) => <span style={{ whiteSpace: 'nowrap' }}>{formatDateTime(v)}</span>,
    },
    {
      title: t('criteria.actions'),
      key: 'actions',
      render: (_v, c) =>
        c.status === 'active' ? (
          <Space wrap>
            <Tooltip title={c.newMatches ? undefined : t('criteria.nothingNew')}>
              <Button
                size="small"
                type="primary"
                disabled={!c.newMatches}
                loading={apply.isPending && apply.variables === c.id}
                onClick={() => run(c)}
                data-testid={`criterion-apply-${c.id}`}
              >
                {t('criteria.apply', { count: c.newMatches })}
              </Button>
            </Tooltip>
            <Popconfirm
              title={t('criteria.retireConfirm', { name: c.name })}
              onConfirm={() => change(c, { retired: true }, 'criteria.retiredDone')}
            >
              <Button size="small">{t('criteria.retire')}</Button>
            </Popconfirm>
          </Space>
        ) : (
          <Button size="small" onClick={() => change(c, { retired: false }, 'criteria.restoredDone')}>
            {t('criteria.restore')}
          </Button>
        ),
    },
  ];

  return (
    <Card
      title={t('criteria.title')}
      extra={
        <Radio.Group
          size="small"
          optionType="button"
          buttonStyle="solid"
          aria-label={t('criteria.title')}
          value={status}
          options={CRITERION_STATUSES.map((s) => ({ value: s, label: t(`criteria.statuses.${s}`) }))}
          onChange={(e) => listPage.update({ cstatus: e.target.value === 'active' ? undefined : e.target.value })}
        />
      }
      style={{ marginBottom: 16 }}
    >
      <SearchToolbar
        q={cq}
        placeholder={t('criteria.searchPlaceholder')}
        onSearch={(q) => listPage.setFilter('cq', q)}
        searchTestId="criteria-search"
        actions={
          <ExportButton
            path="/cultivation/pool/criteria/export.xlsx"
            query={{ q: cq, status }}
            fileName="cultivation-criteria.xlsx"
            testId="criteria-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="criteria-list" data-total={list.data?.total ?? ''}>
          <DataTable<Criterion> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
