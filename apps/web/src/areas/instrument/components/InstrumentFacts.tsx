import { Card, Descriptions, Empty, Image, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { uploadUrl } from '../../../kit/api/uploads';
import { useFormatMoney } from '../../../kit/money';
import type { Instrument } from '../../../kit/types';
import { RatingLine } from '../../catalog/components/ServiceCard';
import { useCatalogLabels } from '../../catalog/labels';

/** Photos, the facts of the instrument, its parameters, sample requirements and description. */
export function InstrumentFacts({ instrument: i }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const labels = useCatalogLabels();
  const money = useFormatMoney();
  return (
    <>
      <Card className="page-card" title={t('instruments.detailTab')}>
        {i.photos.length > 0 && (
          <Image.PreviewGroup>
            <Space size={8} wrap style={{ marginBottom: 16 }} data-testid="instrument-photos">
              {i.photos.map((h, n) => (
                <Image
                  key={h}
                  src={uploadUrl(h)}
                  alt={t('instruments.photoAlt', { name: i.name, n: n + 1 })}
                  width={160}
                  height={120}
                  style={{ objectFit: 'cover', borderRadius: 6 }}
                />
              ))}
            </Space>
          </Image.PreviewGroup>
        )}
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          styles={{ label: { whiteSpace: 'nowrap' } }}
          items={[
            { key: 'provider', label: t('instruments.provider'), children: i.providerName },
            { key: 'category', label: t('instruments.category'), children: labels.instrumentCategory(i.category) },
            { key: 'model', label: t('instruments.model'), children: i.model || '—' },
            { key: 'maker', label: t('instruments.manufacturer'), children: i.manufacturer || '—' },
            { key: 'value', label: t('instruments.originalValue'), children: money(i.originalValue) },
            { key: 'location', label: t('instruments.location'), children: i.location || '—' },
            {
              key: 'ext',
              label: t('instruments.priceExternal'),
              children: (
                <span data-testid="instrument-price-external">
                  {t('instruments.perHour', { price: money(i.priceExternal) })}
                </span>
              ),
            },
            {
              key: 'int',
              label: t('instruments.priceInternal'),
              children: t('instruments.perHour', { price: money(i.priceInternal) }),
            },
            { key: 'op', label: t('instruments.operation'), children: t(`status.operation.${i.operation}`) },
            {
              key: 'training',
              label: t('instruments.trainingRequired'),
              children: i.trainingRequired ? t('instruments.trainingYes') : t('instruments.trainingNo'),
            },
            {
              key: 'rating',
              label: t('instruments.rating'),
              children: <RatingLine rating={i.rating} count={i.ratingCount} />,
            },
            { key: 'status', label: t('myInstruments.status'), children: t(`status.instrument.${i.status}`) },
          ]}
        />
      </Card>
      <Card className="page-card" title={t('instruments.parameters')}>
        {i.parameters.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={i.parameters}
            columns={[
              { title: t('instruments.paramName'), dataIndex: 'name', width: '35%' },
              { title: t('instruments.paramValue'), dataIndex: 'value' },
            ]}
          />
        )}
      </Card>
      <Card className="page-card" title={t('instruments.sampleRequirements')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {i.sampleRequirements || '—'}
        </Typography.Paragraph>
      </Card>
      <Card className="page-card" title={t('instruments.description')}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {i.description || '—'}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
