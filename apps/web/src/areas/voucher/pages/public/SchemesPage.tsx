import { ArrowRightOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Input, Pagination, Progress, Row, Skeleton, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import type { Scheme } from '../../../../kit/types';
import { useSchemes } from '../../api';
import { SchemeStatusTag } from '../../components/VoucherTags';

/** Share of a scheme's budget issued as vouchers, 0–100. */
export const issuedPercent = (s: Pick<Scheme, 'budget' | 'issued'>) =>
  s.budget > 0 ? Math.min(100, Math.round((s.issued / s.budget) * 1000) / 10) : 0;

function SchemeCard({ s }: { s: Scheme }) {
  const { t } = useTranslation('voucher');
  const money = useFormatMoney();
  return (
    <Link to={`/vouchers/schemes/${s.id}`} data-testid={`scheme-card-${s.id}`}>
      <Card hoverable className="market-card">
        <Space style={{ justifyContent: 'space-between', width: '100%' }} align="start">
          <Typography.Text type="secondary">{t('vouchers.yearText', { year: s.year })}</Typography.Text>
          <SchemeStatusTag status={s.status} />
        </Space>
        <Typography.Title level={5} style={{ margin: '4px 0' }}>
          {s.name}
        </Typography.Title>
        <Typography.Text>{t('vouchers.coverageShort', { percent: s.coveragePercent })}</Typography.Text>
        <Typography.Text>{t('vouchers.capShort', { amount: money(s.perEnterpriseCap) })}</Typography.Text>
        <Typography.Text type="secondary">
          {t('vouchers.windowShort', { from: formatDate(s.applyFrom), to: formatDate(s.applyTo) })}
        </Typography.Text>
        <div className="market-card-foot" style={{ display: 'block' }}>
          <Progress percent={issuedPercent(s)} size="small" showInfo={false} aria-label={t('vouchers.issued')} />
          <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('vouchers.budgetLeft', { remaining: money(s.remaining), budget: money(s.budget) })}
            </Typography.Text>
            <span style={{ color: '#1456c8' }}>
              {t('vouchers.details')} <ArrowRightOutlined />
            </span>
          </Space>
        </div>
      </Card>
    </Link>
  );
}

const SCHEME_LIST = { filters: { q: filter.text }, pageSize: 12 };
/** The public page shows published schemes only, an administrator's drafts included nowhere. */
const PUBLISHED = ['open', 'closed'] as const;

/** 科技创新券 for everyone: the schemes open now and those closed, newest year first, searched and paged in the URL. */
export function SchemesPage() {
  const { t } = useTranslation('voucher');
  const { me } = useAuth();
  const listPage = useListPage(SCHEME_LIST);
  const { filters, update } = listPage;
  const schemes = useSchemes({ ...listPage.query, status: [...PUBLISHED] });
  const items = schemes.data?.items ?? [];
  return (
    <div className="market-page">
      <PageHeader
        title={t('vouchers.schemesTitle')}
        subtitle={t('vouchers.schemesSubtitle')}
        extra={
          me?.org?.kind === 'enterprise' && (
            <LinkButton to="/vouchers" icon={<WalletOutlined />}>
              {t('vouchers.mine')}
            </LinkButton>
          )
        }
      />
      <Row style={{ marginBottom: 16 }}>
        <Col xs={24} md={12} lg={10}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            placeholder={t('vouchers.schemeSearchPlaceholder')}
            aria-label={t('vouchers.schemeSearchPlaceholder')}
            onSearch={(v) => update({ q: v.trim() })}
            data-testid="scheme-search"
          />
        </Col>
      </Row>
      {schemes.isError ? (
        <QueryError error={schemes.error} onRetry={() => schemes.refetch()} />
      ) : schemes.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('vouchers.noSchemes')} />
        </Card>
      ) : (
        <Spin spinning={schemes.isFetching}>
          <Row gutter={[16, 16]} data-testid="scheme-results" data-total={schemes.data?.total ?? ''}>
            {items.map((s) => (
              <Col key={s.id} xs={24} md={12} lg={8}>
                <SchemeCard s={s} />
              </Col>
            ))}
          </Row>
        </Spin>
      )}
      <Pagination
        style={{ marginTop: 16, justifyContent: 'center' }}
        {...listPage.pagination(schemes.data?.total, {
          hideOnSinglePage: true,
          showSizeChanger: false,
          size: 'small',
        })}
      />
    </div>
  );
}
