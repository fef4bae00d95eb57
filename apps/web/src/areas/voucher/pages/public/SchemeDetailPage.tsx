import { ArrowLeftOutlined } from '@ant-design/icons';
import type { Award } from '@cz/shared/voucher';
import { Button, Card, Col, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useAwards, useScheme } from '../../api';
import { ApplyPanel } from '../../components/ApplyPanel';
import { SchemeRules } from '../../components/SchemeRules';
import { SchemeStatusTag } from '../../components/VoucherTags';

const AWARD_LIST = { filters: { q: filter.text } };

/** 公示: who was awarded how much, for public scrutiny; searched and paged on the server (in the URL), exported. */
function AwardsCard({ schemeId }: { schemeId: number }) {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  const listPage = useListPage(AWARD_LIST);
  const awards = useAwards(schemeId, listPage.query);
  return (
    <Card title={t('vouchers.awards')}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('vouchers.awardsHint')}
      </Typography.Paragraph>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={t('vouchers.awardsSearchPlaceholder')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="awards-search"
        actions={
          <ExportButton
            path={`/voucher-schemes/${schemeId}/awards/export.xlsx`}
            query={listPage.exportQuery}
            fileName={`voucher-scheme-${schemeId}-awards.xlsx`}
            testId="awards-export"
          />
        }
      />
      <DataTable<Award>
        rowKey="number"
        size="small"
        {...listPage.tableProps(awards.data, awards.isFetching)}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('vouchers.noAwards') }}
        data-testid="scheme-awards"
        columns={[
          { title: t('vouchers.org'), dataIndex: 'orgName', width: 220 },
          { title: t('vouchers.number'), dataIndex: 'number', width: 170 },
          {
            title: t('vouchers.amount'),
            dataIndex: 'amount',
            width: 120,
            align: 'right',
            render: (v: number) => money(v),
          },
          { title: t('vouchers.issuedAt'), dataIndex: 'issuedAt', width: 150, render: formatDateTime },
        ]}
      />
    </Card>
  );
}

/** One scheme: its rules in words, the enterprise's eligibility and application, and the public list of awards. */
export function SchemeDetailPage() {
  const { t } = useTranslation('voucher');
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const scheme = useScheme(Number.isInteger(id) ? id : undefined);
  if (scheme.isError) return <QueryError error={scheme.error} onRetry={() => scheme.refetch()} />;
  if (!scheme.data) return <Skeleton active />;
  const s = scheme.data;
  return (
    <div className="market-page" data-testid="scheme-page" data-scheme-id={s.id}>
      <PageHeader
        documentTitle={s.name}
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            <span data-testid="scheme-name">{s.name}</span>
            <SchemeStatusTag status={s.status} testId="scheme-status" />
          </Space>
        }
        subtitle={t('vouchers.yearText', { year: s.year })}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('vouchers.rules')}>
            <SchemeRules scheme={s} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <ApplyPanel scheme={s} />
        </Col>
        <Col span={24}>
          <AwardsCard schemeId={s.id} />
        </Col>
      </Row>
    </div>
  );
}
