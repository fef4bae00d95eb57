import {
  APPLICATION_FIELDS,
  DEFAULT_NOTICE_WORKING_DAYS,
  type PolicyApplicationDetail,
  paymentInputSchema,
  type ReturnItem,
} from '@cz/shared/policy';
import { App, Checkbox, Col, Form, Input, InputNumber, Modal, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { dayjs, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { zodRule } from '../../../../kit/forms/zod-form';
import { fenToYuan, formatMoney, yuanToFen } from '../../../../kit/money';
import { useOverlayWidth } from '../../../../kit/responsive';
import { useMaterialsLabels } from '../../../materials/labels';
import {
  useApplicationList,
  useApproveApplication,
  usePayApplication,
  usePublicise,
  useRecordObjection,
  useReturnApplication,
} from '../api';

type Props = { a: PolicyApplicationDetail; open: boolean; onClose: () => void };

/** Runs a step from a modal: the success message, or the error's, and closes on success. */
function useStep(onClose: () => void) {
  const { message } = App.useApp();
  return async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      message.success(done);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
}

/** Return for correction: the department ticks the materials and fields to correct, each with what is wrong. */
export function ReturnModal({ a, open, onClose }: Props) {
  const { t } = useTranslation('policy');
  const kinds = useMaterialsLabels();
  const width = useOverlayWidth(640);
  const back = useReturnApplication();
  const step = useStep(onClose);
  const targets: { key: string; item: ReturnItem; label: string }[] = [
    ...[...new Set(a.requirements.map((r) => r.kind))].map((kind) => ({
      key: `m-${kind}`,
      item: { target: 'material' as const, kind, note: '' },
      label: t('applications.returned.material', { kind: kinds.kind(kind) }),
    })),
    ...APPLICATION_FIELDS.map((field) => ({
      key: `f-${field}`,
      item: { target: 'field' as const, field, note: '' },
      label: t(`applications.fieldNames.${field}`),
    })),
  ];
  const [picked, setPicked] = useState<Record<string, string | undefined>>({});
  const [note, setNote] = useState('');
  const chosen = targets.filter((x) => picked[x.key] !== undefined);
  return (
    <Modal
      open={open}
      title={t('applications.review.returnTitle')}
      width={width}
      okText={t('applications.review.return')}
      cancelText={t('applications.review.cancel')}
      okButtonProps={{ disabled: chosen.length === 0, 'data-testid': 'return-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        step(
          () =>
            back.mutateAsync({
              id: a.id,
              body: { items: chosen.map((x) => ({ ...x.item, note: picked[x.key] ?? '' })), note },
            }),
          t('applications.review.returned'),
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('applications.review.returnHint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }} data-testid="return-targets">
        {targets.map((x) => (
          <Row key={x.key} gutter={8} align="middle">
            <Col xs={24} md={9}>
              <Checkbox
                checked={picked[x.key] !== undefined}
                onChange={(e) => setPicked((p) => ({ ...p, [x.key]: e.target.checked ? '' : undefined }))}
                data-testid={`return-${x.key}`}
              >
                {x.label}
              </Checkbox>
            </Col>
            <Col xs={24} md={15}>
              <Input
                maxLength={200}
                disabled={picked[x.key] === undefined}
                value={picked[x.key] ?? ''}
                placeholder={t('applications.review.whatIsWrong')}
                aria-label={t('applications.review.whatIsWrongOf', { what: x.label })}
                onChange={(e) => setPicked((p) => ({ ...p, [x.key]: e.target.value }))}
                data-testid={`return-${x.key}-note`}
              />
            </Col>
          </Row>
        ))}
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('applications.review.returnNote')}
          aria-label={t('applications.review.returnNote')}
        />
      </Space>
    </Modal>
  );
}

/** Approve an amount: at most what was requested and what the rule gives. */
export function ApproveModal({ a, open, onClose }: Props) {
  const { t } = useTranslation('policy');
  const approve = useApproveApplication();
  const step = useStep(onClose);
  const [form] = Form.useForm<{ yuan: number; note: string }>();
  const limits = [a.requestedFen, a.capFen].filter((x): x is number => x !== null);
  const max = limits.length ? Math.min(...limits) : undefined;
  return (
    <Modal
      open={open}
      title={t('applications.review.approveTitle')}
      okText={t('applications.review.approve')}
      cancelText={t('applications.review.cancel')}
      okButtonProps={{ 'data-testid': 'approve-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        await step(
          () => approve.mutateAsync({ id: a.id, body: { approvedFen: yuanToFen(v.yuan), note: v.note ?? '' } }),
          t('applications.review.approved'),
        );
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ yuan: max === undefined ? undefined : fenToYuan(max) }}
      >
        <Form.Item
          name="yuan"
          label={t('applications.fields.approved')}
          required
          rules={[{ required: true, message: t('applications.form.amountRequired') }]}
          extra={max === undefined ? undefined : t('applications.review.atMost', { amount: formatMoney(max) })}
        >
          <InputNumber<number>
            min={0.01}
            max={max === undefined ? undefined : fenToYuan(max)}
            precision={2}
            style={{ width: '100%' }}
            suffix={t('applications.form.yuan')}
            data-testid="approve-amount"
          />
        </Form.Item>
        <Form.Item name="note" label={t('applications.review.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 公示: the item's approved applications, ticked to list (this one and the others), for N working days. */
export function NoticeModal({ a, open, onClose }: Props) {
  const { t } = useTranslation('policy');
  const width = useOverlayWidth(640);
  const publicise = usePublicise();
  const step = useStep(onClose);
  const status = a.mode === 'auto' ? 'accepted' : 'approved';
  const waiting = useApplicationList({ itemId: a.itemId, status, pageSize: 200 }, open);
  const [except, setExcept] = useState<Set<number>>(new Set());
  const [days, setDays] = useState(DEFAULT_NOTICE_WORKING_DAYS);
  const [note, setNote] = useState('');
  const rows = waiting.data?.items ?? [];
  const ids = rows.map((r) => r.id).filter((id) => !except.has(id));
  return (
    <Modal
      open={open}
      title={t('applications.review.publiciseTitle')}
      width={width}
      okText={t('applications.review.publicise')}
      cancelText={t('applications.review.cancel')}
      okButtonProps={{ disabled: ids.length === 0, 'data-testid': 'notice-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        step(
          () => publicise.mutateAsync({ itemId: a.itemId, body: { applicationIds: ids, workingDays: days, note } }),
          t('applications.review.publicised'),
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('applications.review.publiciseHint')}</Typography.Paragraph>
      <Space orientation="vertical" style={{ width: '100%' }}>
        {rows.map((r) => (
          <Checkbox
            key={r.id}
            checked={!except.has(r.id)}
            onChange={(e) =>
              setExcept((s) => {
                const next = new Set(s);
                if (e.target.checked) next.delete(r.id);
                else next.add(r.id);
                return next;
              })
            }
          >
            {r.orgName} · {formatMoney(r.approvedFen)}
          </Checkbox>
        ))}
        <Space wrap>
          <label htmlFor="notice-days">{t('applications.review.workingDays')}</label>
          <InputNumber<number>
            id="notice-days"
            min={1}
            max={30}
            value={days}
            onChange={(v) => setDays(v ?? DEFAULT_NOTICE_WORKING_DAYS)}
            data-testid="notice-days"
          />
        </Space>
        <Input.TextArea
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('applications.review.noticeNote')}
          aria-label={t('applications.review.noticeNote')}
        />
      </Space>
    </Modal>
  );
}

/** An objection received during the 公示, recorded by the department with its handling. */
export function ObjectionModal({ a, open, onClose }: Props) {
  const { t } = useTranslation('policy');
  const record = useRecordObjection();
  const step = useStep(onClose);
  const [form] = Form.useForm<{ objector: string; content: string; receivedOn: Dayjs; resolution: string }>();
  const noticeId = a.notice?.id;
  return (
    <Modal
      open={open}
      title={t('applications.review.objectionTitle')}
      okText={t('applications.review.objectionSave')}
      cancelText={t('applications.review.cancel')}
      okButtonProps={{ 'data-testid': 'objection-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v || !noticeId) return;
        await step(
          () =>
            record.mutateAsync({
              noticeId,
              body: {
                applicationId: a.id,
                objector: v.objector ?? '',
                content: v.content,
                receivedOn: toIsoDate(v.receivedOn) as string,
                resolution: v.resolution ?? '',
              },
            }),
          t('applications.review.objectionSaved'),
        );
      }}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ receivedOn: dayjs() }}>
        <Form.Item name="objector" label={t('applications.review.objector')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('applications.review.content')}
          rules={[{ required: true, min: 2, max: 1000 }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="objection-content" />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('applications.review.receivedOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="resolution" label={t('applications.review.resolution')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 兑现: the date, the approved amount and the voucher or transfer reference. */
export function PaymentModal({ a, open, onClose }: Props) {
  const { t } = useTranslation('policy');
  const pay = usePayApplication();
  const step = useStep(onClose);
  const [form] = Form.useForm<{ paidOn: Dayjs; reference: string }>();
  return (
    <Modal
      open={open}
      title={t('applications.review.payTitle')}
      okText={t('applications.review.pay')}
      cancelText={t('applications.review.cancel')}
      okButtonProps={{ 'data-testid': 'payment-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v || a.approvedFen === null) return;
        await step(
          () =>
            pay.mutateAsync({
              id: a.id,
              body: {
                paidOn: toIsoDate(v.paidOn) as string,
                amountFen: a.approvedFen as number,
                reference: v.reference,
              },
            }),
          t('applications.review.paid'),
        );
      }}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ paidOn: dayjs() }}>
        <Typography.Paragraph>
          {t('applications.review.payAmount', { amount: formatMoney(a.approvedFen) })}
        </Typography.Paragraph>
        <Form.Item name="paidOn" label={t('applications.payment.paidOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: '100%' }} data-testid="payment-date" />
        </Form.Item>
        <Form.Item
          name="reference"
          label={t('applications.payment.reference')}
          required
          rules={[zodRule(paymentInputSchema.shape.reference)]}
        >
          <Input maxLength={100} data-testid="payment-reference" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
