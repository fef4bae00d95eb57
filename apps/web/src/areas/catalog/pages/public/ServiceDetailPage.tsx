import { ArrowLeftOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ServiceStatusTag } from '../../../../kit/components/StatusTag';
import { useService } from '../../api';
import { OrderServiceModal } from '../../components/OrderServiceModal';
import { RatingLine } from '../../components/ServiceCard';
import { useCatalogLabels, useFormatPrice } from '../../labels';

/** One service: provider, qualifications, price (or 面议), rating; organisation users can order it. */
export function ServiceDetailPage() {
  const { t } = useTranslation(['catalog', 'order']);
  const navigate = useNavigate();
  const location = useLocation();
  const id = Number(useParams().id);
  const service = useService(Number.isInteger(id) ? id : undefined);
  const { me } = useAuth();
  const labels = useCatalogLabels();
  const price = useFormatPrice();
  const [ordering, setOrdering] = useState(false);

  if (service.isError) return <QueryError error={service.error} onRetry={() => service.refetch()} />;
  if (!service.data) return <Skeleton active />;
  const s = service.data;
  if (s.instrumentId) return <Navigate to={`/instruments/${s.instrumentId}`} replace />;

  const own = !!me?.org && me.org.id === s.providerId;
  const canOrder = !!me?.org && me.org.status === 'verified' && !own && s.status === 'active';
  const orderArea = !me ? (
    <LinkButton
      to={`/login?next=${encodeURIComponent(location.pathname)}`}
      type="primary"
      icon={<ShoppingCartOutlined />}
      data-testid="service-login-to-order"
    >
      {t('services.loginToOrder')}
    </LinkButton>
  ) : own ? (
    <Typography.Text type="secondary">{t('services.ownService')}</Typography.Text>
  ) : canOrder ? (
    <Button
      type="primary"
      icon={<ShoppingCartOutlined />}
      onClick={() => setOrdering(true)}
      data-testid="service-order"
    >
      {t('services.orderCta')}
    </Button>
  ) : (
    <Typography.Text type="secondary">{t('services.orgOnly')}</Typography.Text>
  );

  return (
    <div className="market-page">
      <PageHeader
        documentTitle={s.title}
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            <span data-testid="service-title">{s.title}</span>
            {s.status !== 'active' && <ServiceStatusTag status={s.status} />}
          </Space>
        }
      />
      {s.status === 'suspended' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('services.suspendedNotice', { reason: s.suspendReason ?? '' })}
        />
      )}
      {s.status === 'withdrawn' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('services.withdrawnNotice')} />
      )}
      <Card className="page-card">
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Space wrap>
            <Tag color="blue">{labels.serviceCategory(s.category)}</Tag>
            {s.voucherEligible && <Tag color="orange">{t('services.voucher')}</Tag>}
          </Space>
          <Typography.Text strong style={{ color: '#ad2102', fontSize: 22 }} data-testid="service-price">
            {price(s.pricing, s.price)}
          </Typography.Text>
          <RatingLine rating={s.rating} count={s.ratingCount} />
          <div>{orderArea}</div>
        </Space>
      </Card>
      <Card className="page-card">
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'provider', label: t('services.provider'), children: s.providerName },
            { key: 'pricing', label: t('services.pricing'), children: t(`status.pricing.${s.pricing}`) },
            { key: 'region', label: t('services.region'), children: s.region },
            {
              key: 'lead',
              label: t('services.leadTimeLabel'),
              children: s.leadTimeDays > 0 ? t('services.leadTime', { days: s.leadTimeDays }) : '—',
            },
            {
              key: 'qualifications',
              label: t('services.qualifications'),
              span: 'filled',
              children:
                s.qualifications.length > 0 ? (
                  <Space size={[4, 4]} wrap>
                    {s.qualifications.map((q) => (
                      <Tag key={q} color="gold">
                        {q}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  '—'
                ),
            },
            { key: 'orders', label: t('order:orders.title'), children: t('services.orders', { count: s.orderCount }) },
          ]}
        />
      </Card>
      <Card className="page-card" title={t('services.description')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {s.description || '—'}
        </Typography.Paragraph>
      </Card>
      {canOrder && <OrderServiceModal service={s} open={ordering} onClose={() => setOrdering(false)} />}
    </div>
  );
}
