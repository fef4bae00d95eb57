import type { MarketEventDetail, MeetingOutcome } from '@cz/shared/market';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  Statistic,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { api } from '../../../../kit/api/client';
import { DataTable } from '../../../../kit/components/DataTable';
import { formatDateTime } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { useEventStep, useEventYield } from '../../deals.api';

type Participant = {
  orgId: number;
  orgName: string;
  invitedAt: string | null;
  registeredAt: string | null;
  checkedInAt: string | null;
};
type Meeting = {
  id: number;
  achievementId: number;
  achievementTitle: string;
  orgName: string;
  note: string;
  outcome: string;
  dealId: number | null;
};
const OUTCOME_COLORS: Record<string, string> = {
  met: 'default',
  negotiating: 'processing',
  agreed: 'blue',
  contracted: 'cyan',
  registered: 'success',
};

/**
 * The administration's records of an event: its yield (invited, registered, checked in, pairs met, negotiations and
 * contracts that followed, 技术交易额 registered), invitations, check-in, the pairs that met with their outcome, and
 * the event marked held or cancelled.
 */
export function EventRecords({ event: e }: { event: MarketEventDetail }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const money = useFormatMoney();
  const y = useEventYield(e.id, true);
  const step = useEventStep();
  const [q, setQ] = useState('');
  const [inviting, setInviting] = useState<number[]>([]);
  const [form] = Form.useForm<{ achievementId: number; orgId: number; note?: string }>();
  const orgs = useQuery({
    queryKey: ['orgs', 'event-invite', q],
    queryFn: () =>
      api<{ items: { id: number; name: string }[] }>('/orgs', { query: { q, status: 'verified', pageSize: 20 } }),
    enabled: q.length > 0,
  });
  const run = (p: Promise<unknown>, ok: string) =>
    p.then(
      () => message.success(ok),
      (err) => message.error(errorMessage(err)),
    );
  const live = e.status !== 'cancelled';
  const s = y.data?.summary;
  const participants = y.data?.participants ?? [];
  const pColumns: TableColumnsType<Participant> = [
    { title: t('events.org'), dataIndex: 'orgName' },
    {
      title: t('events.invitedAt'),
      dataIndex: 'invitedAt',
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('events.registeredAt'),
      dataIndex: 'registeredAt',
      render: (v: string | null) => (v ? formatDateTime(v) : '—'),
    },
    {
      title: t('events.checkedInAt'),
      dataIndex: 'checkedInAt',
      render: (v: string | null, p) =>
        v ? (
          formatDateTime(v)
        ) : p.registeredAt && live ? (
          <Button
            size="small"
            data-testid={`event-check-in-${p.orgId}`}
            onClick={() =>
              run(step.mutateAsync({ id: e.id, step: 'check-ins', body: { orgId: p.orgId } }), t('events.checkedIn'))
            }
          >
            {t('events.checkIn')}
          </Button>
        ) : (
          '—'
        ),
    },
  ];
  const mColumns: TableColumnsType<Meeting> = [
    {
      title: t('events.achievement'),
      dataIndex: 'achievementTitle',
      render: (v: string, m) => <Link to={`/market/achievements/${m.achievementId}`}>{v}</Link>,
    },
    { title: t('events.org'), dataIndex: 'orgName' },
    { title: t('events.note'), dataIndex: 'note' },
    {
      title: t('events.outcome'),
      dataIndex: 'outcome',
      render: (o: MeetingOutcome, m) => (
        <Space>
          <Tag color={OUTCOME_COLORS[o]} data-testid={`event-outcome-${m.id}`} data-outcome={o}>
            {t(`events.outcomes.${o}`)}
          </Tag>
          {m.dealId && <Link to={`/admin/market/deals/${m.dealId}`}>{t('events.deal')}</Link>}
        </Space>
      ),
    },
  ];
  return (
    <>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('events.yield')}
          </Typography.Title>
        }
        extra={
          e.status === 'planned' && (
            <Space wrap>
              <Popconfirm
                title={t('events.heldConfirm')}
                onConfirm={() =>
                  run(step.mutateAsync({ id: e.id, step: 'status', body: { status: 'held' } }), t('events.heldOk'))
                }
              >
                <Button data-testid="event-held">{t('events.markHeld')}</Button>
              </Popconfirm>
              <Popconfirm
                title={t('events.cancelConfirm')}
                onConfirm={() =>
                  run(
                    step.mutateAsync({ id: e.id, step: 'status', body: { status: 'cancelled' } }),
                    t('events.cancelledOk'),
                  )
                }
              >
                <Button danger>{t('events.cancel')}</Button>
              </Popconfirm>
            </Space>
          )
        }
      >
        <Row
          gutter={[16, 16]}
          data-testid="event-yield"
          data-meetings={s?.meetings ?? ''}
          data-negotiations={s?.negotiations ?? ''}
        >
          {(
            [
              ['invited', s?.invited],
              ['registered', s?.registered],
              ['checkedIn', s?.checkedIn],
              ['meetings', s?.meetings],
              ['negotiations', s?.negotiations],
              ['contracts', s?.contracts],
            ] as const
          ).map(([k, v]) => (
            <Col key={k} xs={12} md={4}>
              <Statistic title={t(`events.summary.${k}`)} value={v ?? 0} />
            </Col>
          ))}
          <Col xs={24}>
            <Typography.Text>{t('events.summary.techTrade', { amount: money(s?.techTradeFen ?? 0) })}</Typography.Text>
          </Col>
        </Row>
      </Card>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('events.participants')}
          </Typography.Title>
        }
      >
        {e.status === 'planned' && (
          <Space.Compact style={{ width: '100%', marginBottom: 12 }}>
            <Select
              mode="multiple"
              showSearch
              filterOption={false}
              value={inviting}
              onSearch={(v) => setQ(v.trim())}
              onChange={setInviting}
              placeholder={t('events.invitePlaceholder')}
              aria-label={t('events.invitePlaceholder')}
              options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              style={{ width: '100%' }}
              data-testid="event-invite-orgs"
            />
            <Button
              disabled={inviting.length === 0}
              data-testid="event-invite"
              onClick={() =>
                run(
                  step
                    .mutateAsync({ id: e.id, step: 'invitations', body: { orgIds: inviting } })
                    .then(() => setInviting([])),
                  t('events.invitedOk'),
                )
              }
            >
              {t('events.invite')}
            </Button>
          </Space.Compact>
        )}
        <DataTable<Participant>
          rowKey="orgId"
          columns={pColumns}
          dataSource={participants}
          pagination={false}
          loading={y.isLoading}
        />
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('events.meetings')}
          </Typography.Title>
        }
      >
        {live && (
          <Form
            form={form}
            layout="vertical"
            onFinish={(v) =>
              run(
                step
                  .mutateAsync({
                    id: e.id,
                    step: 'meetings',
                    body: { achievementId: v.achievementId, orgId: v.orgId, note: v.note ?? '' },
                  })
                  .then(() => form.resetFields()),
                t('events.metOk'),
              )
            }
          >
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item name="achievementId" label={t('events.achievement')} rules={[{ required: true }]}>
                  <Select
                    data-testid="event-meet-achievement"
                    options={e.achievements.map((a) => ({ value: a.achievementId, label: a.title }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={6}>
                <Form.Item name="orgId" label={t('events.org')} rules={[{ required: true }]}>
                  <Select
                    data-testid="event-meet-org"
                    options={participants
                      .filter((p) => p.checkedInAt)
                      .map((p) => ({ value: p.orgId, label: p.orgName }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item name="note" label={t('events.note')} rules={[{ max: 500 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col xs={24} md={3} style={{ display: 'flex', alignItems: 'flex-end', paddingBottom: 24 }}>
                <Button htmlType="submit" type="primary" data-testid="event-meet">
                  {t('events.meet')}
                </Button>
              </Col>
            </Row>
          </Form>
        )}
        <DataTable<Meeting>
          rowKey="id"
          columns={mColumns}
          dataSource={y.data?.meetings ?? []}
          pagination={false}
          loading={y.isLoading}
        />
      </Card>
    </>
  );
}
