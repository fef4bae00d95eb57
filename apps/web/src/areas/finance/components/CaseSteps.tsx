import {
  CASE_ACTIONS,
  CASE_TRANSITIONS,
  type CaseAction,
  caseStepSchema,
  DECLINE_REASONS,
  type LoanCase,
} from '@cz/shared/finance';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { dayjs, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues } from '../../../kit/forms/zod-form';
import { fenToYuan, yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useCaseStep } from '../api';

type Values = {
  note?: string;
  amountYuan?: number | null;
  ratePct?: number | null;
  termMonths?: number | null;
  reason?: (typeof DECLINE_REASONS)[number];
  on?: Dayjs | null;
};
const FORM_PATH: Record<string, string> = { amountFen: 'amountYuan', rateBp: 'ratePct' };
const NOTE_REQUIRED: readonly CaseAction[] = ['contact', 'default'];

function toStep(action: CaseAction, v: Values): unknown {
  const note = v.note?.trim() ?? '';
  const fen = v.amountYuan === null || v.amountYuan === undefined ? Number.NaN : yuanToFen(v.amountYuan);
  const on = toIsoDate(v.on) ?? '';
  switch (action) {
    case 'approve':
      return {
        action,
        amountFen: fen,
        rateBp: v.ratePct === null || v.ratePct === undefined ? Number.NaN : Math.round(v.ratePct * 100),
        termMonths: v.termMonths ?? Number.NaN,
        note,
      };
    case 'decline':
      return { action, reason: v.reason, note };
    case 'disburse':
      return { action, amountFen: fen, on, note };
    case 'repay':
    case 'default':
      return { action, on, note };
    default:
      return { action, note };
  }
}

/** An institution's next steps on a loan case, each asking for what it records (a note, terms, a date). */
export function CaseSteps({ loan: c, needTerm }: { loan: LoanCase; needTerm: number }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const step = useCaseStep();
  const width = useOverlayWidth(560);
  const [action, setAction] = useState<CaseAction | null>(null);
  const [form] = Form.useForm<Values>();
  const next = CASE_ACTIONS.filter((a) => CASE_TRANSITIONS[a].from.includes(c.status));
  if (next.length === 0) return null;
  // The dialog's form is mounted when it opens: its first values come with it.
  const initial = (a: CaseAction | null): Values => ({
    ...(a === 'approve' ? { amountYuan: fenToYuan(c.requestedFen), termMonths: c.termMonths ?? needTerm } : {}),
    ...(a === 'disburse' ? { amountYuan: c.approvedFen === null ? null : fenToYuan(c.approvedFen) } : {}),
    ...(a === 'disburse' || a === 'repay' || a === 'default' ? { on: dayjs() } : {}),
  });
  const open = (a: CaseAction) => setAction(a);
  const submit = async () => {
    if (!action) return;
    const v = form.getFieldsValue();
    const parsed = caseStepSchema.safeParse(toStep(action, v));
    if (!parsed.success) {
      showIssues(
        form,
        (parsed.error.issues as Issue[]).map((i) => ({
          ...i,
          path: [FORM_PATH[String(i.path[0])] ?? i.path[0], ...i.path.slice(1)] as PropertyKey[],
        })),
      );
      return;
    }
    try {
      await step.mutateAsync({ id: c.id, step: parsed.data });
      message.success(t(`caseAction.done.${action}`));
      setAction(null);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const money = action === 'approve' || action === 'disburse';
  const dated = action === 'disburse' || action === 'repay' || action === 'default';
  return (
    <>
      <Space wrap style={{ marginTop: 8 }} data-testid={`case-${c.id}-steps`}>
        {next.map((a) => (
          <Button
            key={a}
            type={a === 'decline' || a === 'default' ? 'default' : 'primary'}
            danger={a === 'decline' || a === 'default'}
            onClick={() => open(a)}
            data-testid={`case-step-${a}`}
          >
            {t(`caseAction.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? t(`caseAction.${action}`) : ''}
        width={width}
        okText={t('caseAction.ok')}
        cancelText={t('caseAction.cancel')}
        okButtonProps={{ loading: step.isPending, 'data-testid': 'case-step-confirm' }}
        onOk={submit}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" preserve={false} initialValues={initial(action)}>
          {money && (
            <Form.Item
              name="amountYuan"
              label={action === 'approve' ? t('case.approvedAmount') : t('case.disbursedAmount')}
              required
            >
              <InputNumber
                min={0}
                precision={2}
                style={{ width: '100%' }}
                suffix={t('units.yuan')}
                data-testid="case-amount"
              />
            </Form.Item>
          )}
          {action === 'approve' && (
            <Space wrap>
              <Form.Item name="ratePct" label={t('case.ratePct')} required>
                <InputNumber min={0} max={24} precision={2} suffix="%" data-testid="case-rate" />
              </Form.Item>
              <Form.Item name="termMonths" label={t('case.termMonths')} required>
                <InputNumber min={1} max={360} precision={0} suffix={t('units.monthUnit')} data-testid="case-term" />
              </Form.Item>
            </Space>
          )}
          {action === 'decline' && (
            <Form.Item name="reason" label={t('case.declineReason')} required>
              <Select
                options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`declineReason.${r}`) }))}
                aria-label={t('case.declineReason')}
                data-testid="case-reason"
              />
            </Form.Item>
          )}
          {dated && (
            <Form.Item name="on" label={t('case.on')} required>
              <DateInput style={{ width: 200 }} data-testid="case-on" />
            </Form.Item>
          )}
          <Form.Item name="note" label={t('case.note')} required={action !== null && NOTE_REQUIRED.includes(action)}>
            <Input.TextArea rows={3} maxLength={1000} showCount data-testid="case-note" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
