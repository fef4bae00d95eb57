import { EnvironmentOutlined, ShopOutlined } from '@ant-design/icons';
import { Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { uploadUrl } from '../../../kit/api/uploads';
import { useFormatMoney } from '../../../kit/money';
import type { InstrumentListItem } from '../../../kit/types';
import { RatingLine } from '../../catalog/components/ServiceCard';
import { useCatalogLabels } from '../../catalog/labels';
import { illustrationOf } from './illustrations';

export function InstrumentCard({ i }: { i: InstrumentListItem }) {
  const { t } = useTranslation('instrument');
  const labels = useCatalogLabels();
  const money = useFormatMoney();
  // A photo that cannot be loaded gives way to the category's drawing, so that no card shows a broken image.
  const [broken, setBroken] = useState(false);
  const photo = broken ? undefined : i.photos[0];
  return (
    <Link
      to={`/instruments/${i.id}`}
      data-testid={`instrument-card-${i.id}`}
      style={{ display: 'block', height: '100%' }}
    >
      <Card
        hoverable
        size="small"
        className="market-card"
        cover={
          <img
            className={photo ? 'instrument-cover' : 'instrument-cover instrument-illustration'}
            src={photo ? uploadUrl(photo) : illustrationOf(i.category)}
            alt={photo ? i.name : labels.instrumentCategory(i.category)}
            loading="lazy"
            onError={photo ? () => setBroken(true) : undefined}
            data-testid="instrument-card-image"
          />
        }
      >
        <Space size={[4, 4]} wrap>
          <Tag color="geekblue">{labels.instrumentCategory(i.category)}</Tag>
          {i.isLarge && <Tag color="purple">{t('instruments.large')}</Tag>}
          <Tag color={i.approvalRequired ? 'default' : 'green'}>
            {i.approvalRequired ? t('instruments.approval') : t('instruments.instant')}
          </Tag>
          {i.trainingRequired && <Tag color="orange">{t('instruments.training')}</Tag>}
          {i.status !== 'available' && <Tag color="red">{t(`status.instrument.${i.status}`)}</Tag>}
        </Space>
        <Typography.Title level={5} style={{ margin: '8px 0 0' }} ellipsis={{ rows: 2 }}>
          {i.name}
        </Typography.Title>
        {i.model && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.model}
          </Typography.Text>
        )}
        <Typography.Text type="secondary" ellipsis style={{ display: 'block' }}>
          <ShopOutlined /> {i.providerName}
        </Typography.Text>
        {i.location && (
          <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>
            <EnvironmentOutlined /> {i.location}
          </Typography.Text>
        )}
        <div className="market-card-foot" data-testid="card-foot">
          <Typography.Text strong data-testid="card-price" style={{ color: '#ad2102', fontSize: 16 }}>
            {t('instruments.perHour', { price: money(i.priceExternal) })}
          </Typography.Text>
          <RatingLine rating={i.rating} count={i.ratingCount} />
        </div>
      </Card>
    </Link>
  );
}
