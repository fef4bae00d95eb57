import { ArrowRightOutlined, WalletOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Progress, Row, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
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

/** 科技创新券 for everyone: the schemes open now and those closed, newest year first. */
export function SchemesPage() {
  const { t } = useTranslation('voucher');
  const { me } = useAuth();
  const schemes = useSchemes();
  // Admins are shown drafts by the API; the public page lists open and closed ones.
  const items = (schemes.data ?? []).filter((s) => s.status !== 'draft');
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
      {schemes.isError ? (
        <QueryError error={schemes.error} onRetry={() => schemes.refetch()} />
      ) : schemes.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Card>
          <Empty description={t('vouchers.noSchemes')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          {items.map((s) => (
            <Col key={s.id} xs={24} md={12} lg={8}>
              <SchemeCard s={s} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
