import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useFundPool } from '../pools.api';

/** Adds money to a pool's budget: an amount in 元 and a note. */
export function FundPoolModal({ poolId, open, onClose }: { poolId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const fund = useFundPool();
  const width = useOverlayWidth(480);
  const [form] = Form.useForm<{ amountYuan: number | null; note?: string }>();
  return (
    <Modal
      open={open}
      title={t('pool.fundTitle')}
      width={width}
      okText={t('pool.fund')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: fund.isPending, 'data-testid': 'pool-fund-confirm' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v?.amountYuan) return;
        try {
          await fund.mutateAsync({ id: poolId, amountFen: yuanToFen(v.amountYuan), note: v.note?.trim() ?? '' });
          message.success(t('pool.funded'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="amountYuan" label={t('pool.amount')} rules={[{ required: true }]}>
          <InputNumber
            min={0.01}
            precision={2}
            style={{ width: '100%' }}
            suffix={t('units.yuan')}
            data-testid="pool-fund-amount"
          />
        </Form.Item>
        <Form.Item name="note" label={t('pool.note')}>
          <Input.TextArea rows={2} maxLength={500} data-testid="pool-fund-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
