import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useFormatMoney } from '../../../../kit/money';
import type { Availability } from '../../../../kit/types';
import { useCatalogLabels } from '../../../catalog/labels';
import { useInstrument } from '../../api';
import { BookingPanel } from '../../components/BookingPanel';
import { BookingRules } from '../../components/BookingRules';
import { SlotPicker } from '../../components/calendar/SlotPicker';
import type { Selection } from '../../components/calendar/slot-grid';
import { InstrumentFacts } from '../../components/InstrumentFacts';

/** One instrument: the availability calendar with booking first, then its facts and rules. */
export function InstrumentDetailPage() {
  const { t } = useTranslation('instrument');
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const instrument = useInstrument(Number.isInteger(id) ? id : undefined);
  const labels = useCatalogLabels();
  const money = useFormatMoney();
  const [selection, setSelection] = useState<Selection | null>(null);
  const [avail, setAvail] = useState<Availability | undefined>();

  if (instrument.isError) return <QueryError error={instrument.error} onRetry={() => instrument.refetch()} />;
  if (!instrument.data) return <Skeleton active />;
  const i = instrument.data;

  return (
    <div className="market-page">
      <PageHeader
        documentTitle={i.name}
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            <span data-testid="instrument-name">{i.name}</span>
          </Space>
        }
        subtitle={
          <Space size={[4, 4]} wrap>
            <Tag color="geekblue">{labels.instrumentCategory(i.category)}</Tag>
            {i.isLarge && <Tag color="purple">{t('instruments.large')}</Tag>}
            <Tag color={i.approvalRequired ? 'default' : 'green'}>
              {i.approvalRequired ? t('instruments.approval') : t('instruments.instant')}
            </Tag>
            {i.trainingRequired && <Tag color="orange">{t('instruments.training')}</Tag>}
            <Typography.Text type="secondary">
              {i.providerName} · {t('instruments.perHour', { price: money(i.priceExternal) })}
            </Typography.Text>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Card title={t('calendar.title')}>
            <SlotPicker
              instrumentId={i.id}
              policy={i}
              selection={selection}
              onSelect={(s, a) => {
                setSelection(s);
                setAvail(a);
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('book.title')} style={{ position: 'sticky', top: 80 }}>
            <BookingPanel instrument={i} selection={selection} avail={avail} onSelect={setSelection} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} lg={15}>
          <InstrumentFacts instrument={i} />
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('instruments.rules')}>
            <BookingRules instrument={i} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
