import { App, Button, Card, Col, Form, Input, Row, Select, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { fromZoneWallClock, toZoneWallClock } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { useAchievements } from '../../api';
import { useEvent, useSaveEvent } from '../../deals.api';

type Values = {
  title: string;
  venue?: string;
  description?: string;
  startsAt: Dayjs | null;
  endsAt: Dayjs | null;
  achievementIds: number[];
};
const TIME_FORMAT = 'YYYY-MM-DD HH:mm';

/** Plans a push event (/admin/market/events/new) or changes a planned one: when, where, what, which achievements. */
export function EventFormPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id ?? 0);
  const one = useEvent(id);
  const save = useSaveEvent();
  const [form] = Form.useForm<Values>();
  const [q, setQ] = useState('');
  const found = useAchievements({ q: q || undefined, pageSize: 20 } as never, q.length > 0);
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  if (id && one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  if (id && !one.data) return <Spin />;
  const e = one.data;
  const titles = new Map([...(e?.achievements ?? []).map((a) => [a.achievementId, a.title] as const), ...known]);
  for (const a of found.data?.items ?? []) if (!titles.has(a.id)) titles.set(a.id, `${a.title}（${a.ownerName}）`);
  return (
    <div>
      <PageHeader title={t(id ? 'events.editTitle' : 'events.newTitle')} subtitle={t('events.formSubtitle')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={
            e
              ? {
                  title: e.title,
                  venue: e.venue,
                  description: e.description,
                  startsAt: toZoneWallClock(e.startsAt),
                  endsAt: toZoneWallClock(e.endsAt),
                  achievementIds: e.achievements.map((a) => a.achievementId),
                }
              : { achievementIds: [] }
          }
          onFinish={async (v) => {
            if (!v.startsAt || !v.endsAt) return;
            try {
              const saved = await save.mutateAsync({
                ...(id ? { id } : {}),
                body: {
                  title: v.title,
                  venue: v.venue ?? '',
                  description: v.description ?? '',
                  startsAt: fromZoneWallClock(v.startsAt),
                  endsAt: fromZoneWallClock(v.endsAt),
                  achievementIds: v.achievementIds,
                },
              });
              message.success(t('events.saved'));
              navigate(`/admin/market/events/${saved.id}`);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Row gutter={16}>
            <Col xs={24} md={16}>
              <Form.Item name="title" label={t('events.name')} rules={[{ required: true, min: 4, max: 200 }]}>
                <Input data-testid="event-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="venue" label={t('events.venue')} rules={[{ max: 200 }]}>
                <Input data-testid="event-venue" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="startsAt" label={t('events.startsAt')} rules={[{ required: true }]}>
                <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="event-starts" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="endsAt" label={t('events.endsAt')} rules={[{ required: true }]}>
                <DateInput showTime format={TIME_FORMAT} style={{ width: '100%' }} data-testid="event-ends" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('events.description')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="achievementIds" label={t('events.featuredPick')}>
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              onSearch={(v) => setQ(v.trim())}
              onChange={(ids: number[]) => setKnown(new Map(ids.map((i) => [i, titles.get(i) ?? String(i)])))}
              options={[...titles.entries()].map(([value, label]) => ({ value, label }))}
              data-testid="event-achievements"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="event-save">
            {t('events.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
