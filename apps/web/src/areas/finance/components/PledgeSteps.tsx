import { type Pledge, pledgeStepSchema } from '@cz/shared/finance';
import { App, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { dayjs, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { type Issue, showIssues } from '../../../kit/forms/zod-form';
import { yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { type PledgeStep, usePledgeStep } from '../pools.api';

type Action = PledgeStep['action'];
type Values = {
  valuationAgency?: string;
  valuationYuan?: number | null;
  valuedOn?: Dayjs | null;
  approvedYuan?: number | null;
  contractNo?: string;
  signedOn?: Dayjs | null;
  registrationNo?: string;
  registeredOn?: Dayjs | null;
  on?: Dayjs | null;
};
const NEXT: Record<Pledge['status'], Action[]> = {
  valuation: ['approve'],
  approved: ['contract'],
  contracted: ['register'],
  registered: ['release'],
  disbursed: ['release'],
  released: [],
};
const FORM_PATH: Record<string, string> = { valuationFen: 'valuationYuan', approvedFen: 'approvedYuan' };
const fen = (y: number | null | undefined) => (y === null || y === undefined ? Number.NaN : yuanToFen(y));

function toStep(action: Action, v: Values): unknown {
  switch (action) {
    case 'approve':
      return {
        action,
        valuationAgency: v.valuationAgency ?? '',
        valuationFen: fen(v.valuationYuan),
        valuedOn: toIsoDate(v.valuedOn) ?? '',
        approvedFen: fen(v.approvedYuan),
      };
    case 'contract':
      return { action, contractNo: v.contractNo ?? '', signedOn: toIsoDate(v.signedOn) ?? '' };
    case 'register':
      return { action, registrationNo: v.registrationNo ?? '', registeredOn: toIsoDate(v.registeredOn) ?? '' };
    default:
      return { action, on: toIsoDate(v.on) ?? '' };
  }
}

/** The bank's next step on a pledge: valuation and approval, contract, registration, release. */
export function PledgeSteps({ pledge: p }: { pledge: Pledge }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const step = usePledgeStep();
  const width = useOverlayWidth(520);
  const [action, setAction] = useState<Action | null>(null);
  const [form] = Form.useForm<Values>();
  const next = NEXT[p.status];
  if (next.length === 0) return null;
  const submit = async () => {
    if (!action) return;
    const parsed = pledgeStepSchema.safeParse(toStep(action, form.getFieldsValue()));
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
      await step.mutateAsync({ id: p.id, step: parsed.data });
      message.success(t('pledge.saved'));
      setAction(null);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const date = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} required>
      <DateInput style={{ width: 200 }} data-testid={`pledge-${name}`} />
    </Form.Item>
  );
  const text = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} required>
      <Input maxLength={100} data-testid={`pledge-${name}`} />
    </Form.Item>
  );
  const money = (name: keyof Values, label: string) => (
    <Form.Item name={name} label={label} required>
      <InputNumber
        min={0.01}
        precision={2}
        style={{ width: '100%' }}
        suffix={t('units.yuan')}
        data-testid={`pledge-${name}`}
      />
    </Form.Item>
  );
  return (
    <>
      <Space wrap data-testid="pledge-steps">
        {next.map((a) => (
          <Button key={a} type="primary" onClick={() => setAction(a)} data-testid={`pledge-step-${a}`}>
            {t(`pledgeAction.${a}`)}
          </Button>
        ))}
      </Space>
      <Modal
        open={action !== null}
        title={action ? t(`pledgeAction.${action}`) : ''}
        width={width}
        okText={t('caseAction.ok')}
        cancelText={t('caseAction.cancel')}
        okButtonProps={{ loading: step.isPending, 'data-testid': 'pledge-step-confirm' }}
        onOk={submit}
        onCancel={() => setAction(null)}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ valuedOn: dayjs(), signedOn: dayjs(), registeredOn: dayjs(), on: dayjs() }}
        >
          {action === 'approve' && (
            <>
              {text('valuationAgency', t('pledge.valuationAgency'))}
              {money('valuationYuan', t('pledge.valuation'))}
              {date('valuedOn', t('pledge.valuedOn'))}
              {money('approvedYuan', t('pledge.approvedAmount'))}
            </>
          )}
          {action === 'contract' && (
            <>
              {text('contractNo', t('pledge.contractNo'))}
              {date('signedOn', t('pledge.signedOn'))}
            </>
          )}
          {action === 'register' && (
            <>
              {text('registrationNo', t('pledge.registrationNo'))}
              {date('registeredOn', t('pledge.registeredOn'))}
            </>
          )}
          {action === 'release' && date('on', t('pledge.releasedOn'))}
        </Form>
      </Modal>
    </>
  );
}
