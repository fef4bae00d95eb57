import { yuanToFen } from '@cz/shared';
import { Alert, App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { useFormatExactMoney } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Voucher } from '../../../kit/types';
import { useCatalogLabels } from '../../catalog/labels';
import { useSubmitReimbursement } from '../reimbursement.api';
import { coverageOf } from '../voucher-split';

type Values = {
  region: string;
  providerName: string;
  category: string;
  paidAmount: number;
  invoice: string[];
  proof: string[];
  results: string[];
};

/**
 * 通用: claims the voucher's share of a service paid in full in a partner region. The share shown before submitting
 * is the server's: ⌊coverage × amount paid⌋, at most the balance.
 */
export function ReimburseModal({ voucher: v, onClose }: { voucher: Voucher | null; onClose: () => void }) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const money = useFormatExactMoney();
  const width = useOverlayWidth(560);
  const { serviceCategory } = useCatalogLabels();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitReimbursement();
  const paid = Form.useWatch('paidAmount', form);
  const paidFen = typeof paid === 'number' && paid > 0 ? yuanToFen(paid) : 0;
  const expected = v ? Math.min(coverageOf(paidFen, v.coveragePercent), v.balance) : 0;
  const fileRule = {
    validator: (_: unknown, value: string[] | undefined) =>
      value && value.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('reimbursement.needFile'))),
  };

  return (
    <Modal
      open={v !== null}
      width={width}
      title={t('reimbursement.title', { number: v?.number ?? '' })}
      okText={t('reimbursement.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'reimburse-submit' }}
      confirmLoading={submit.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!v) return;
        const f = await form.validateFields().catch(() => null);
        if (!f) return;
        try {
          await submit.mutateAsync({
            voucherId: v.id,
            body: {
              region: f.region.trim(),
              providerName: f.providerName.trim(),
              category: f.category,
              paidAmount: yuanToFen(f.paidAmount),
              invoiceFile: f.invoice[0] ?? '',
              paymentProofFile: f.proof[0] ?? '',
              resultFiles: f.results ?? [],
            },
          });
          message.success(t('reimbursement.submitted'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('reimbursement.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ results: [] }}>
        <Form.Item
          name="region"
          label={t('reimbursement.region')}
          rules={[{ required: true, min: 2, max: 64, whitespace: true }]}
        >
          <Input maxLength={64} data-testid="reimburse-region" />
        </Form.Item>
        <Form.Item
          name="providerName"
          label={t('reimbursement.providerName')}
          rules={[{ required: true, min: 2, max: 200, whitespace: true }]}
        >
          <Input maxLength={200} data-testid="reimburse-provider" />
        </Form.Item>
        <Form.Item name="category" label={t('reimbursement.category')} rules={[{ required: true }]}>
          <Select
            options={(v?.categories ?? []).map((c) => ({ value: c, label: serviceCategory(c) }))}
            data-testid="reimburse-category"
          />
        </Form.Item>
        <Form.Item name="paidAmount" label={t('reimbursement.paidAmount')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="reimburse-paid" />
        </Form.Item>
        {v && paidFen > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={
              <span data-testid="reimburse-expected" data-amount={expected}>
                {t('reimbursement.expected', {
                  amount: money(expected),
                  percent: v.coveragePercent,
                  balance: money(v.balance),
                })}
              </span>
            }
          />
        )}
        <Form.Item name="invoice" label={t('reimbursement.invoice')} required rules={[fileRule]}>
          <FileUploader max={1} testId="reimburse-invoice" />
        </Form.Item>
        <Form.Item name="proof" label={t('reimbursement.paymentProof')} required rules={[fileRule]}>
          <FileUploader max={1} testId="reimburse-proof" />
        </Form.Item>
        <Form.Item name="results" label={t('reimbursement.results')}>
          <FileUploader testId="reimburse-results" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
