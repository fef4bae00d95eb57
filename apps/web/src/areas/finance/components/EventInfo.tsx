import type { FinanceEvent } from '@cz/shared/finance';
import { Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../kit/datetime';
import { EventStatusTag } from './fundingTags';

const YIELD = ['held', 'interested', 'followedUp', 'claimedAfter', 'disbursedAfter'] as const;

/** An event's hours, venue, description and what came of it. */
export function EventInfo({ event: e }: { event: FinanceEvent }) {
  const { t } = useTranslation('finance');
  return (
    <Card>
      <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered>
        <Descriptions.Item label={t('event.time')}>{formatPeriod(e.startsAt, e.endsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('event.venue')}>{e.venue}</Descriptions.Item>
        <Descriptions.Item label={t('fields.status')}>
          <EventStatusTag status={e.status} testId="event-status" />
        </Descriptions.Item>
      </Descriptions>
      {e.description && <Typography.Paragraph style={{ marginTop: 12 }}>{e.description}</Typography.Paragraph>}
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('event.yield')}
      </Typography.Title>
      <Row gutter={[12, 12]} data-testid="event-yield">
        {YIELD.map((k) => (
          <Col key={k} xs={12} md={8} xl={4}>
            <Statistic title={t(`event.${k}`)} value={e.yield[k]} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
