import { OUTCOMES, POOL_TIERS, type PoolCard } from '@cz/shared/cultivation-api';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, type TableColumnsType, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { DateInput } from '../../../../kit/forms/DateInput';
import { useAddTask, useAddVisit, useOwners, usePatchPool, usePatchTask, usePoolCard, usePutOutcome } from '../../api';
import { GapList } from '../../components/Explanations';

type Task = PoolCard['tasks'][number];
type Visit = PoolCard['visits'][number];
type Outcome = PoolCard['outcomes'][number];

/** One enterprise's cultivation record: tier and owner, goals, visits, tasks and outcomes. Administrators only. */
export function PoolCardPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const orgId = Number(useParams().orgId);
  const card = usePoolCard(orgId);
  const owners = useOwners();
  const patch = usePatchPool();
  const addVisit = useAddVisit();
  const addTask = useAddTask();
  const patchTask = usePatchTask();
  const putOutcome = usePutOutcome();
  const fail = (err: unknown) => message.error(errorMessage(err));
  if (card.isError) return <QueryError error={card.error} onRetry={() => card.refetch()} />;
  const c = card.data;
  if (!c) return null;
  const ownerOptions = (owners.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));

  const taskColumns: TableColumnsType<Task> = [
    { title: t('pool.taskTitle'), dataIndex: 'title' },
    { title: t('pool.dueOn'), dataIndex: 'dueOn' },
    { title: t('pool.assignee'), dataIndex: 'assigneeName', render: (v: string | null) => v ?? '—' },
    { title: t('pool.status'), dataIndex: 'status', render: (s: Task['status']) => t(`taskStatuses.${s}`) },
    {
      title: t('pool.status'),
      key: 'actions',
      render: (_: unknown, r) =>
        r.status === 'open' ? (
          <Space size={4}>
            <Button
              size="small"
              onClick={() => patchTask.mutateAsync({ id: r.id, status: 'done' }).catch(fail)}
              data-testid={`task-done-${r.id}`}
            >
              {t('pool.markDone')}
            </Button>
            <Button size="small" onClick={() => patchTask.mutateAsync({ id: r.id, status: 'cancelled' }).catch(fail)}>
              {t('pool.cancelTask')}
            </Button>
          </Space>
        ) : null,
    },
  ];
  const visitColumns: TableColumnsType<Visit> = [
    { title: t('pool.visitedOn'), dataIndex: 'visitedOn' },
    { title: t('pool.visitor'), dataIndex: 'visitorName' },
    { title: t('pool.notes'), dataIndex: 'notes' },
  ];
  const outcomeColumns: TableColumnsType<Outcome> = [
    { title: t('pool.year'), dataIndex: 'year' },
    { title: t('pool.outcome'), dataIndex: 'outcome', render: (o: Outcome['outcome']) => t(`results.${o}`) },
    { title: t('pool.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
  ];
  const date = (d: Dayjs) => d.format('YYYY-MM-DD');

  return (
    <div>
      <PageHeader
        title={c.entry.orgName}
        subtitle={t('pool.card')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('pool.tier')}
              value={c.entry.tier}
              style={{ width: 120 }}
              options={POOL_TIERS.map((k) => ({ value: k, label: t(`tiers.${k}`) }))}
              onChange={(tier) => patch.mutateAsync({ orgId, body: { tier } }).catch(fail)}
              data-testid="card-tier"
            />
            <Select
              aria-label={t('pool.owner')}
              value={c.entry.ownerId ?? undefined}
              placeholder={t('pool.noOwner')}
              style={{ width: 160 }}
              options={ownerOptions}
              onChange={(ownerId) => patch.mutateAsync({ orgId, body: { ownerId } }).catch(fail)}
            />
            {c.entry.status === 'active' ? (
              <Button danger onClick={() => patch.mutateAsync({ orgId, body: { removed: true } }).catch(fail)}>
                {t('pool.remove')}
              </Button>
            ) : (
              <Tag>{t('pool.removed')}</Tag>
            )}
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('pool.goals')} style={{ marginBottom: 16 }}>
            <GapList gaps={c.goals} />
          </Card>
          <Card title={t('pool.outcomes')}>
            <DataTable<Outcome> rowKey="year" columns={outcomeColumns} dataSource={c.outcomes} pagination={false} />
            <Form
              layout="inline"
              style={{ marginTop: 12 }}
              onFinish={(v: { year: number; outcome: string; reason?: string }) =>
                putOutcome.mutateAsync({ orgId, body: { ...v, reason: v.reason || undefined } }).catch(fail)
              }
            >
              <Form.Item name="year" rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} placeholder={t('pool.year')} aria-label={t('pool.year')} />
              </Form.Item>
              <Form.Item name="outcome" rules={[{ required: true }]}>
                <Select
                  style={{ width: 120 }}
                  placeholder={t('pool.outcome')}
                  aria-label={t('pool.outcome')}
                  options={OUTCOMES.map((o) => ({ value: o, label: t(`results.${o}`) }))}
                />
              </Form.Item>
              <Form.Item name="reason">
                <Input placeholder={t('pool.reason')} aria-label={t('pool.reason')} />
              </Form.Item>
              <Button htmlType="submit">{t('pool.addOutcome')}</Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('pool.tasks')} style={{ marginBottom: 16 }}>
            <DataTable<Task> rowKey="id" columns={taskColumns} dataSource={c.tasks} pagination={false} />
            <Form
              layout="inline"
              style={{ marginTop: 12 }}
              onFinish={(v: { title: string; dueOn: Dayjs }) =>
                addTask.mutateAsync({ orgId, body: { title: v.title, dueOn: date(v.dueOn) } }).catch(fail)
              }
            >
              <Form.Item name="title" rules={[{ required: true, max: 200 }]}>
                <Input placeholder={t('pool.taskTitle')} aria-label={t('pool.taskTitle')} />
              </Form.Item>
              <Form.Item name="dueOn" rules={[{ required: true }]}>
                <DateInput placeholder={t('pool.dueOn')} aria-label={t('pool.dueOn')} />
              </Form.Item>
              <Button htmlType="submit">{t('pool.addTask')}</Button>
            </Form>
          </Card>
          <Card title={t('pool.visits')}>
            <DataTable<Visit> rowKey="id" columns={visitColumns} dataSource={c.visits} pagination={false} />
            <Form
              layout="vertical"
              style={{ marginTop: 12 }}
              onFinish={(v: { visitedOn: Dayjs; notes: string }) =>
                addVisit.mutateAsync({ orgId, body: { visitedOn: date(v.visitedOn), notes: v.notes } }).catch(fail)
              }
            >
              <Form.Item name="visitedOn" label={t('pool.visitedOn')} rules={[{ required: true }]}>
                <DateInput />
              </Form.Item>
              <Form.Item name="notes" label={t('pool.notes')} rules={[{ required: true, max: 4000 }]}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Button htmlType="submit">{t('pool.addVisit')}</Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
