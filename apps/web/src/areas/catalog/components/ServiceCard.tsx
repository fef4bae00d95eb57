import { SafetyCertificateOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Rate, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Service } from '../../../kit/types';
import { useCatalogLabels, useFormatPrice } from '../labels';

/** Where a listing leads: instrument time is booked on the instrument's page. */
export const serviceHref = (s: Pick<Service, 'id' | 'instrumentId'>) =>
  s.instrumentId ? `/instruments/${s.instrumentId}` : `/services/${s.id}`;

export function RatingLine({ rating, count }: { rating: number | null; count: number }) {
  const { t } = useTranslation('catalog');
  if (rating === null || count === 0)
    return <Typography.Text type="secondary">{t('services.noRating')}</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Rate disabled allowHalf value={Math.round(rating * 2) / 2} style={{ fontSize: 13 }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('services.rating', { rating: rating.toFixed(1), count })}
      </Typography.Text>
    </Space>
  );
}

export function ServiceCard({ s }: { s: Service }) {
  const { t } = useTranslation('catalog');
  const labels = useCatalogLabels();
  const price = useFormatPrice();
  return (
    <Link to={serviceHref(s)} data-testid={`service-card-${s.id}`} style={{ display: 'block', height: '100%' }}>
      <Card hoverable className="market-card" size="small">
        <Space size={[4, 4]} wrap>
          <Tag color={s.category === 'instrument' ? 'geekblue' : 'blue'}>{labels.serviceCategory(s.category)}</Tag>
          {s.voucherEligible && <Tag color="orange">{t('services.voucher')}</Tag>}
        </Space>
        <Typography.Title level={5} style={{ margin: '8px 0 4px' }} ellipsis={{ rows: 2 }}>
          {s.title}
        </Typography.Title>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          <ShopOutlined /> {s.providerName}
        </Typography.Text>
        {s.qualifications.length > 0 && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            <SafetyCertificateOutlined /> {s.qualifications.join(' · ')}
          </Typography.Text>
        )}
        <div className="market-card-foot" data-testid="card-foot">
          <Typography.Text strong data-testid="card-price" style={{ color: '#ad2102', fontSize: 16 }}>
            {price(s.pricing, s.price)}
          </Typography.Text>
          <RatingLine rating={s.rating} count={s.ratingCount} />
        </div>
      </Card>
    </Link>
  );
}
