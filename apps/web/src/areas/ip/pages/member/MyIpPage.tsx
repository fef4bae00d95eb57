import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { IP_KIND_CODES, IP_LEGAL_STATUSES, IP_SORTS, IP_VERIFICATIONS, type IpRecord } from '@cz/shared/ip';
import { Button, Card, Col, Input, Row, Select, Statistic, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useIpClassCounts, useIpList } from '../../api';
import { IpImportDialog } from '../../components/IpImportDialog';
import { ClassTag, LegalStatusTag, VerificationTag } from '../../components/IpTags';
import { useIpLabels } from '../../labels';

const MY_IP_LIST = defineList({
  filters: {
    q: filter.text,
    kind: filter.oneOf(IP_KIND_CODES),
    legalStatus: filter.oneOf(IP_LEGAL_STATUSES),
    verification: filter.oneOf(IP_VERIFICATIONS),
  },
  sorts: IP_SORTS,
  defaultSort: 'newest',
});

/** 我的知识产权: the organisation's registry with its counted Ⅰ类/Ⅱ类, search, filters, export and import. */
export function MyIpPage() {
  const { t } = useTranslation('ip');
  const { me } = useAuth();
  const labels = useIpLabels();
  const listPage = useListPage(MY_IP_LIST);
  const { filters, update } = listPage;
  const list = useIpList(listPage.query, !!me?.org);
  const counts = useIpClassCounts(undefined, !!me?.org);
  const [importing, setImporting] = useState(false);

  const columns: TableColumnsType<IpRecord> = [
    {
      title: t('fields.number'),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: listPage.sortOrder('number'),
      render: (v: string, r) => (
        <Link to={`/my/ip/${r.id}`} data-testid={`ip-row-${r.id}`}>
          {v}
        </Link>
      ),
    },
    { title: t('fields.title'), dataIndex: 'title' },
    { title: t('fields.kind'), dataIndex: 'kind', render: (k: string) => labels.kind(k) },
    { title: t('fields.ipClass'), dataIndex: 'ipClass', render: (c: IpRecord['ipClass']) => <ClassTag ipClass={c} /> },
    {
      title: t('fields.legalStatus'),
      dataIndex: 'legalStatus',
      render: (s: IpRecord['legalStatus']) => <LegalStatusTag status={s} />,
    },
    {
      title: t('fields.verification'),
      dataIndex: 'verification',
      render: (v: IpRecord['verification']) => <VerificationTag verification={v} />,
    },
    {
      title: t('fields.feeDueOn'),
      dataIndex: 'feeDueOn',
      key: 'feeDueOn',
      sorter: true,
      sortOrder: listPage.sortOrder('feeDueOn'),
      render: formatDate,
    },
    {
      title: t('fields.expiresOn'),
      dataIndex: 'expiresOn',
      key: 'expiresOn',
      sorter: true,
      sortOrder: listPage.sortOrder('expiresOn'),
      render: formatDate,
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <>
            <LinkButton type="primary" icon={<PlusOutlined />} to="/my/ip/new" data-testid="ip-new">
              {t('mine.new')}
            </LinkButton>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="ip-import-open">
              {t('mine.import')}
            </Button>
            <ExportButton
              path="/ip/records/export.xlsx"
              query={listPage.exportQuery}
              fileName="ip-records.xlsx"
              testId="ip-export"
            />
          </>
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('mine.class1')} value={counts.data?.class1 ?? 0} loading={counts.isLoading} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('mine.class2')} value={counts.data?.class2 ?? 0} loading={counts.isLoading} />
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" style={{ height: '100%' }}>
            {t('mine.countsHint')}
          </Card>
        </Col>
      </Row>
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
          <Col xs={24} md={9}>
            <Input.Search
              key={filters.q ?? ''}
              defaultValue={filters.q}
              allowClear
              placeholder={t('mine.search')}
              aria-label={t('mine.search')}
              onSearch={(v) => update({ q: v.trim() })}
              data-testid="ip-search"
            />
          </Col>
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('fields.kind')}
              aria-label={t('fields.kind')}
              value={filters.kind}
              options={labels.kindOptions}
              onChange={(v: string | undefined) => update({ kind: v })}
            />
          </Col>
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('fields.legalStatus')}
              aria-label={t('fields.legalStatus')}
              value={filters.legalStatus}
              options={labels.legalStatusOptions}
              onChange={(v: string | undefined) => update({ legalStatus: v })}
            />
          </Col>
          <Col xs={12} md={5}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('fields.verification')}
              aria-label={t('fields.verification')}
              value={filters.verification}
              options={labels.verificationOptions}
              onChange={(v: string | undefined) => update({ verification: v })}
            />
          </Col>
        </Row>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="ip-list" data-total={list.data?.total ?? ''}>
            <DataTable<IpRecord>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1100 }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
      <IpImportDialog open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
