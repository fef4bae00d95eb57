import { INVESTMENT_ROUNDS } from '@cz/shared/finance';
import { App, Form, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { dayjs, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { OrgPicker } from '../../identity/components/OrgPicker';
import { useRecordInvestment } from '../events.api';

type Values = {
  fundId?: number | 0;
  orgId?: number;
  amountYuan?: number | null;
  investedOn?: Dayjs | null;
  round?: (typeof INVESTMENT_ROUNDS)[number];
};

/**
 * An investment in an enterprise: by one of the funds offered (the office: any; an investor: those it manages) or,
 * for an investor, with its own money (`ownMoney`).
 */
export function InvestmentModal({
  funds,
  fundId,
  orgId,
  ownMoney,
  onClose,
}: {
  funds: { id: number; name: string }[];
  fundId?: number;
  orgId?: number;
  ownMoney: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const record = useRecordInvestment();
  const width = useOverlayWidth(520);
  const [form] = Form.useForm<Values>();
  const options = [
    ...(ownMoney ? [{ value: 0, label: t('investor.ownMoney') }] : []),
    ...funds.map((f) => ({ value: f.id, label: f.name })),
  ];
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.orgId || !v.amountYuan || !v.round) return;
    try {
      await record.mutateAsync({
        fundId: v.fundId ? v.fundId : null,
        orgId: v.orgId,
        amountFen: yuanToFen(v.amountYuan),
        investedOn: toIsoDate(v.investedOn) ?? '',
        round: v.round,
      });
      message.success(t('investor.recorded'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={t('investor.invest')}
      width={width}
      okText={t('investor.invest')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: record.isPending, 'data-testid': 'investment-confirm' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ fundId: fundId ?? (ownMoney ? 0 : undefined), orgId, investedOn: dayjs(), round: 'a' }}
      >
        <Form.Item name="fundId" label={t('investor.fund')} rules={[{ required: true }]}>
          <Select aria-label={t('investor.fund')} options={options} data-testid="investment-fund" />
        </Form.Item>
        <Form.Item name="orgId" label={t('investor.enterprise')} rules={[{ required: true }]}>
          <OrgPicker kinds={['enterprise']} testId="investment-org" />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('investor.amount')} rules={[{ required: true }]}>
          <InputNumber
            min={0.01}
            precision={2}
            style={{ width: '100%' }}
            suffix={t('units.yuan')}
            data-testid="investment-amount"
          />
        </Form.Item>
        <Form.Item name="investedOn" label={t('investor.investedOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: 200 }} data-testid="investment-on" />
        </Form.Item>
        <Form.Item name="round" label={t('investor.round')} rules={[{ required: true }]}>
          <Select
            aria-label={t('investor.round')}
            options={INVESTMENT_ROUNDS.map((r) => ({ value: r, label: t(`investRound.${r}`) }))}
            data-testid="investment-round"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
