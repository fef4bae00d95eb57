import { addDays, shanghaiDate } from '@cz/shared';
import { DEFAULT_CASE_DAYS, RIGHTS_CASE_MOVES, type RightsCaseMove } from '@cz/shared/ip';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { api } from '../../../../kit/api/client';
import { uploadUrl } from '../../../../kit/api/uploads';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { dayjs, formatDate, formatDateTime, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { useCaseNote, useMoveCase, useRightsCase } from '../../rights.api';
import { CASE_COLORS } from './RightsCasesPage';

type MoveForm = {
  expertId?: number;
  agencyOrgId?: number;
  dueOn?: Dayjs | null;
  note?: string;
  outcome?: string;
  infringerOrgId?: number;
};

/**
 * A rights-protection case: what happened and the evidence, its status and deadline, the notes and the
 * consultations. The administration accepts it (an expert and/or an IP service agency, a deadline), moves it and
 * closes it; the assigned expert and the agency's members consult; the enterprise adds notes.
 */
export function RightsCasePage() {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const { me } = useAuth();
  const admin = me ? isAdminRole(me.role) : false;
  const id = Number(useParams().id);
  const one = useRightsCase(id);
  const move = useMoveCase();
  const addNote = useCaseNote();
  const [to, setTo] = useState<RightsCaseMove['to'] | null>(null);
  const [form] = Form.useForm<MoveForm>();
  const [noteForm] = Form.useForm<{ body: string; consultation?: boolean }>();
  const experts = useQuery({
    queryKey: ['users', 'experts'],
    queryFn: () =>
      api<{ items: { userId: number; displayName: string }[] }>('/market/brokers', { query: { pageSize: 200 } }),
    enabled: admin && to === 'accepted',
  });
  const [agencyQ, setAgencyQ] = useState('');
  const agencies = useQuery({
    queryKey: ['orgs', 'ip-agencies', agencyQ],
    queryFn: () =>
      api<{ items: { id: number; name: string }[] }>('/orgs', {
        query: { kind: 'provider', status: 'verified', q: agencyQ || undefined, sort: 'name', pageSize: 50 },
      }),
    enabled: admin && to === 'accepted',
  });
  const [orgQ, setOrgQ] = useState('');
  const orgs = useQuery({
    queryKey: ['orgs', 'infringer', orgQ],
    queryFn: () => api<{ items: { id: number; name: string }[] }>('/orgs', { query: { q: orgQ, pageSize: 20 } }),
    enabled: orgQ.length > 0,
  });
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const c = one.data;
  if (!c) return <Spin />;
  const open = !['closed', 'declined'].includes(c.status);
  const assigned = me?.id === c.expertId || (c.agencyOrgId !== null && me?.org?.id === c.agencyOrgId);

  const submitMove = async () => {
    if (!to) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const body: RightsCaseMove =
      to === 'accepted'
        ? {
            to,
            expertId: v.expertId ?? null,
            agencyOrgId: v.agencyOrgId ?? null,
            dueOn: toIsoDate(v.dueOn ?? null) ?? '',
            note: v.note ?? '',
          }
        : to === 'declined'
          ? { to, note: v.note ?? '' }
          : to === 'closed'
            ? { to, outcome: v.outcome ?? '', wilfulInfringerOrgId: v.infringerOrgId ?? null }
            : { to, note: v.note ?? '' };
    try {
      await move.mutateAsync({ id, body });
      message.success(t('cases.moved'));
      setTo(null);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <div data-testid="case" data-id={c.id} data-status={c.status}>
      <PageHeader
        title={c.title}
        subtitle={`${t(`cases.kinds.${c.kind}`)} · ${c.orgName}`}
        extra={
          admin &&
          open && (
            <Space wrap>
              {(RIGHTS_CASE_MOVES[c.status] as RightsCaseMove['to'][]).map((s) => (
                <Button key={s} onClick={() => setTo(s)} data-testid={`case-move-${s}`} danger={s === 'declined'}>
                  {t(`cases.moves.${s}`)}
                </Button>
              ))}
            </Space>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('cases.fields.status')}>
            <Tag color={CASE_COLORS[c.status]} data-testid="case-status" data-status={c.status}>
              {t(`cases.statuses.${c.status}`)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.counterparty')}>{c.counterparty}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.expert')}>{c.expertName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.agency')}>
            <span data-testid="case-agency">{c.agencyName ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.dueOn')}>
            <Typography.Text type={c.overdue ? 'danger' : undefined}>
              {c.dueOn ? formatDate(c.dueOn) : '—'}
              {c.overdue ? ` · ${t('cases.overdue')}` : ''}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.submittedAt')}>{formatDateTime(c.submittedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('cases.fields.closedAt')}>
            {c.closedAt ? formatDateTime(c.closedAt) : '—'}
          </Descriptions.Item>
          {c.outcome && (
            <Descriptions.Item label={t('cases.fields.outcome')} span={2}>
              {c.outcome}
              {c.wilfulInfringerOrgId !== null && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t('cases.wilful')}
                </Tag>
              )}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('cases.fields.evidence')} span={2}>
            {c.evidence.length === 0
              ? '—'
              : c.evidence.map((f) => (
                  <a key={f.hash} href={uploadUrl(f.hash)} target="_blank" rel="noreferrer" style={{ marginRight: 12 }}>
                    {f.name}
                  </a>
                ))}
          </Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{c.description}</Typography.Paragraph>
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('cases.notes')}
          </Typography.Title>
        }
      >
        <List
          dataSource={c.notes}
          data-testid="case-notes"
          renderItem={(n) => (
            <List.Item key={n.id} data-kind={n.kind}>
              <List.Item.Meta
                title={
                  <Space>
                    <Tag color={n.kind === 'consultation' ? 'green' : n.kind === 'status' ? 'blue' : 'default'}>
                      {t(`cases.noteKinds.${n.kind}`)}
                    </Tag>
                    <span>{n.authorName}</span>
                    <Typography.Text type="secondary">{formatDateTime(n.createdAt)}</Typography.Text>
                  </Space>
                }
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{n.body}</span>}
              />
            </List.Item>
          )}
        />
        {open && (
          <Form
            form={noteForm}
            layout="vertical"
            onFinish={(v) =>
              addNote.mutateAsync({ id, body: v.body, consultation: !!v.consultation }).then(
                () => {
                  noteForm.resetFields();
                  message.success(t('cases.noted'));
                },
                (err) => message.error(errorMessage(err)),
              )
            }
          >
            <Form.Item name="body" label={t('cases.addNote')} rules={[{ required: true, max: 2000 }]}>
              <Input.TextArea rows={3} data-testid="case-note" />
            </Form.Item>
            {assigned && (
              <Form.Item name="consultation" valuePropName="checked" initialValue>
                <Checkbox>{t('cases.asConsultation')}</Checkbox>
              </Form.Item>
            )}
            <Button htmlType="submit" type="primary" loading={addNote.isPending} data-testid="case-note-send">
              {t('cases.send')}
            </Button>
          </Form>
        )}
      </Card>
      <Modal
        open={to !== null}
        title={to ? t(`cases.moves.${to}`) : ''}
        okButtonProps={{ 'data-testid': 'case-move-confirm' } as never}
        confirmLoading={move.isPending}
        onCancel={() => setTo(null)}
        onOk={submitMove}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ dueOn: dayjs(addDays(shanghaiDate(new Date()), DEFAULT_CASE_DAYS)) }}
        >
          {to === 'accepted' && (
            <>
              <Form.Item
                name="expertId"
                label={t('cases.fields.expert')}
                dependencies={['agencyOrgId']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v) =>
                      v || getFieldValue('agencyOrgId')
                        ? Promise.resolve()
                        : Promise.reject(new Error(t('cases.assigneeNeeded'))),
                  }),
                ]}
              >
                <Select
                  allowClear
                  data-testid="case-expert"
                  options={(experts.data?.items ?? []).map((u) => ({ value: u.userId, label: u.displayName }))}
                />
              </Form.Item>
              <Form.Item name="agencyOrgId" label={t('cases.fields.agency')} extra={t('cases.agencyHint')}>
                <Select
                  allowClear
                  showSearch
                  filterOption={false}
                  onSearch={(v) => setAgencyQ(v.trim())}
                  data-testid="case-agency-pick"
                  options={(agencies.data?.items ?? [])
                    .filter((o) => o.id !== c.orgId)
                    .map((o) => ({ value: o.id, label: o.name }))}
                />
              </Form.Item>
              <Form.Item name="dueOn" label={t('cases.fields.dueOn')} rules={[{ required: true }]}>
                <DateInput style={{ width: '100%' }} />
              </Form.Item>
            </>
          )}
          {to === 'closed' ? (
            <>
              <Form.Item
                name="outcome"
                label={t('cases.fields.outcome')}
                rules={[{ required: true, min: 2, max: 2000 }]}
              >
                <Input.TextArea rows={3} data-testid="case-outcome" />
              </Form.Item>
              <Form.Item name="infringerOrgId" label={t('cases.infringer')} extra={t('cases.infringerHint')}>
                <Select
                  allowClear
                  showSearch
                  filterOption={false}
                  onSearch={(v) => setOrgQ(v.trim())}
                  options={(orgs.data?.items ?? [])
                    .filter((o) => o.id !== c.orgId)
                    .map((o) => ({ value: o.id, label: o.name }))}
                />
              </Form.Item>
            </>
          ) : (
            <Form.Item name="note" label={t('cases.fields.note')} rules={[{ required: to === 'declined', max: 1000 }]}>
              <Input.TextArea rows={2} data-testid="case-move-note" />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </div>
  );
}
