import { EVALUATION_KINDS, type EvaluationSummary, VERDICTS } from '@cz/shared/cultivation-api';
import { Card, Col, Input, InputNumber, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useEvaluationList } from '../../api';
import { VerdictTag } from '../../components/Explanations';

const EVALUATION_LIST = defineList({
  filters: {
    q: filter.text,
    kind: filter.oneOf(EVALUATION_KINDS),
    verdict: filter.oneOf(VERDICTS),
    scoreMin: filter.int,
    scoreMax: filter.int,
    park: filter.text,
  },
});

/** The latest evaluations of every enterprise, with filters in the URL and an Excel export of the same filter. */
export function AdminEvaluationsPage() {
  const { t } = useTranslation('cultivation');
  const listPage = useListPage(EVALUATION_LIST);
  const { filters, update } = listPage;
  const list = useEvaluationList(listPage.query);
  const columns: TableColumnsType<EvaluationSummary> = [
    { title: t('admin.org'), dataIndex: 'orgName' },
    { title: t('admin.kind'), dataIndex: 'kind', render: (k: EvaluationSummary['kind']) => t(`kinds.${k}`) },
    {
      title: t('admin.score'),
      key: 'score',
      render: (_: unknown, r) =>
        r.scoreMin === null ? '—' : r.scoreMin === r.scoreMax ? r.scoreMin : `${r.scoreMin}–${r.scoreMax}`,
    },
    {
      title: t('admin.verdict'),
      dataIndex: 'verdict',
      render: (v: EvaluationSummary['verdict']) => <VerdictTag verdict={v} />,
    },
    { title: t('admin.park'), dataIndex: 'park', render: (p: string | null) => p ?? '—' },
    { title: t('mine.assessedOn'), dataIndex: 'assessedOn' },
    { title: t('admin.pack'), dataIndex: 'packId' },
    { title: t('admin.evaluatedAt'), dataIndex: 'createdAt', render: formatDateTime },
  ];
  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        extra={
          <>
            <LinkButton to="/admin/cultivation/batches">{t('admin.batches')}</LinkButton>
            <ExportButton
              path="/cultivation/evaluations/export.xlsx"
              query={listPage.exportQuery}
              fileName="evaluations.xlsx"
              testId="evaluations-export"
            />
          </>
        }
      />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('admin.search')}
          onSearch={(q) => update({ q })}
          searchSpan={6}
          choices={[
            {
              value: filters.kind,
              label: t('admin.kind'),
              options: EVALUATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
              onChange: (v) => update({ kind: v }),
              span: 5,
            },
            {
              value: filters.verdict,
              label: t('admin.verdict'),
              options: VERDICTS.map((k) => ({ value: k, label: t(`verdicts.${k}`) })),
              onChange: (v) => update({ verdict: v }),
              span: 4,
            },
          ]}
        >
          <Col xs={12} md={3}>
            <InputNumber
              min={0}
              max={100}
              style={{ width: '100%' }}
              placeholder={t('admin.scoreMin')}
              aria-label={t('admin.scoreMin')}
              value={filters.scoreMin}
              onChange={(v) => update({ scoreMin: v ?? undefined })}
            />
          </Col>
          <Col xs={12} md={3}>
            <InputNumber
              min={0}
              max={100}
              style={{ width: '100%' }}
              placeholder={t('admin.scoreMax')}
              aria-label={t('admin.scoreMax')}
              value={filters.scoreMax}
              onChange={(v) => update({ scoreMax: v ?? undefined })}
            />
          </Col>
          <Col xs={24} md={3}>
            <Input.Search
              key={filters.park ?? ''}
              defaultValue={filters.park}
              allowClear
              placeholder={t('admin.park')}
              aria-label={t('admin.park')}
              onSearch={(v) => update({ park: v.trim() })}
            />
          </Col>
        </SearchToolbar>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="evaluation-list" data-total={list.data?.total ?? ''}>
            <DataTable<EvaluationSummary>
              rowKey="id"
              columns={columns}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
