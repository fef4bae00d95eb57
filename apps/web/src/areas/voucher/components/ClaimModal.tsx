import type { ClaimDocuments } from '@cz/shared/voucher';
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { useOverlayWidth } from '../../../kit/responsive';
import { useResubmitClaim, useSubmitClaim } from '../settlement.api';

/** What the modal is for: a new claim on an order, or a returned claim sent again with new documents. */
export type ClaimTarget = { kind: 'new'; orderId: number } | { kind: 'resubmit'; id: number; reason: string | null };

type Values = { contract: string[]; invoice: string[]; proof: string[]; results?: string[] };

const one = (v: string[] | undefined) => v?.[0] ?? '';

/** The claim's documents, each uploaded as it is chosen (POST /uploads), then sent as their hashes. */
export function ClaimModal({ target, onClose }: { target: ClaimTarget | null; onClose: () => void }) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const width = useOverlayWidth(560);
  const submit = useSubmitClaim();
  const resubmit = useResubmitClaim();
  const [form] = Form.useForm<Values>();
  const required = [{ required: true, type: 'array' as const, min: 1, message: t('validation.required') }];

  return (
    <Modal
      open={target !== null}
      width={width}
      title={
        target?.kind === 'resubmit'
          ? t('settlement.resubmitTitle', { id: target.id })
          : t('settlement.claimTitle', { orderId: target?.orderId ?? '' })
      }
      okText={t('common.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'claim-submit' }}
      confirmLoading={submit.isPending || resubmit.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!target) return;
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        const docs: ClaimDocuments = {
          contractFile: one(v.contract),
          invoiceFile: one(v.invoice),
          paymentProofFile: one(v.proof),
          resultFiles: v.results ?? [],
        };
        try {
          if (target.kind === 'new') await submit.mutateAsync({ orderId: target.orderId, ...docs });
          else await resubmit.mutateAsync({ id: target.id, body: docs });
          message.success(t('settlement.submitted'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      {target?.kind === 'resubmit' && target.reason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${t('settlement.returnReason')}: ${target.reason}`}
        />
      )}
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="contract" label={t('settlement.contract')} rules={required} extra={t('settlement.fileHint')}>
          <FileUploader max={1} testId="claim-contract" />
        </Form.Item>
        <Form.Item name="invoice" label={t('settlement.invoice')} rules={required}>
          <FileUploader max={1} testId="claim-invoice" />
        </Form.Item>
        <Form.Item name="proof" label={t('settlement.paymentProof')} rules={required}>
          <FileUploader max={1} testId="claim-proof" />
        </Form.Item>
        <Form.Item name="results" label={t('settlement.results')}>
          <FileUploader testId="claim-results" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
