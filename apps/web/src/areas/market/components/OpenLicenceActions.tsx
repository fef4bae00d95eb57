import { MAX_LICENCE_YEARS, type MarketPatent, openLicenceNeedsReport } from '@cz/shared/market';
import { App, Button, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import { yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useDeclareOpenLicence, useTakeOpenLicence, useWithdrawOpenLicence } from '../deals.api';

/** What the reader may do with a patent's open licence: take it (another organisation), declare or withdraw it (holder). */
export function OpenLicenceActions({
  patent: p,
  canDeclare,
}: {
  patent: MarketPatent;
  /** The achievement is published and offered for licence: its holder may declare. */
  canDeclare: boolean;
}) {
  const { t } = useTranslation('market');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const [shown, setShown] = useState<'take' | 'declare' | 'withdraw' | null>(null);
  const withdraw = useWithdrawOpenLicence();
  const l = p.openLicence;
  const holder = orgId === p.ownerOrgId;
  const testId = `patent-${p.ipRecordId}`;
  return (
    <Space wrap>
      {l && orgId && !holder && (
        <Button size="small" type="primary" onClick={() => setShown('take')} data-testid={`${testId}-take`}>
          {t('patents.take')}
        </Button>
      )}
      {!l && holder && canDeclare && (
        <Button size="small" onClick={() => setShown('declare')} data-testid={`${testId}-declare`}>
          {t('patents.declare')}
        </Button>
      )}
      {l && holder && (
        <Button size="small" danger onClick={() => setShown('withdraw')} data-testid={`${testId}-withdraw`}>
          {t('patents.withdraw')}
        </Button>
      )}
      {shown === 'take' && l && <TakeModal patent={p} onClose={() => setShown(null)} />}
      {shown === 'declare' && <DeclareModal patent={p} onClose={() => setShown(null)} />}
      {l && (
        <ReasonModal
          open={shown === 'withdraw'}
          title={t('patents.withdrawTitle', { number: p.number })}
          label={t('patents.withdrawReason')}
          okText={t('patents.withdraw')}
          danger
          schema={z.string().trim().min(2).max(500)}
          testId={`${testId}-withdraw`}
          extra={<Typography.Paragraph type="secondary">{t('patents.withdrawHint')}</Typography.Paragraph>}
          onSubmit={async (reason) => {
            await withdraw.mutateAsync({ id: l.id, reason });
          }}
          onClose={() => setShown(null)}
        />
      )}
    </Space>
  );
}

function TakeModal({ patent: p, onClose }: { patent: MarketPatent; onClose: () => void }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const width = useOverlayWidth(520);
  const take = useTakeOpenLicence();
  const [form] = Form.useForm<{ years: number; message: string }>();
  const l = p.openLicence as NonNullable<MarketPatent['openLicence']>;
  return (
    <Modal
      open
      width={width}
      title={t('patents.takeTitle', { number: p.number })}
      okText={t('patents.takeOk')}
      okButtonProps={{ 'data-testid': 'take-confirm' } as never}
      confirmLoading={take.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          const r = await take.mutateAsync({ id: l.id, years: v.years, message: v.message });
          message.success(t('patents.taken'));
          navigate(`/my/market/deals/${r.dealId}`);
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('patents.takeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ years: l.minYears }}>
        <Form.Item
          name="years"
          label={t('patents.years')}
          extra={t('patents.minYearsHint', { years: l.minYears })}
          rules={[{ required: true }]}
        >
          <InputNumber min={l.minYears} max={MAX_LICENCE_YEARS} precision={0} data-testid="take-years" />
        </Form.Item>
        <Form.Item
          name="message"
          label={t('patents.takeMessage')}
          rules={[{ required: true, whitespace: true, min: 2, max: 2000 }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="take-message" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type DeclareValues = {
  annual?: number;
  royaltyPermille?: number;
  paymentTerms: string;
  minYears: number;
  evaluationReport?: string[];
  announcementNo?: string;
};

function DeclareModal({ patent: p, onClose }: { patent: MarketPatent; onClose: () => void }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const width = useOverlayWidth(600);
  const declare = useDeclareOpenLicence(p.achievementId);
  const [form] = Form.useForm<DeclareValues>();
  const needsReport = openLicenceNeedsReport(p.kind, p.number);
  return (
    <Modal
      open
      width={width}
      title={t('patents.declareTitle', { number: p.number })}
      okText={t('patents.declareOk')}
      okButtonProps={{ 'data-testid': 'declare-confirm' } as never}
      confirmLoading={declare.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await declare.mutateAsync({
            ipRecordId: p.ipRecordId,
            annualFen: v.annual ? yuanToFen(v.annual) : 0,
            royaltyPermille: v.royaltyPermille ?? null,
            paymentTerms: v.paymentTerms,
            minYears: v.minYears,
            evaluationReport: v.evaluationReport?.[0] ?? null,
            announcementNo: v.announcementNo?.trim() || null,
          });
          message.success(t('patents.declared'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('patents.declareHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false} initialValues={{ minYears: 1 }}>
        <Form.Item
          name="annual"
          label={t('patents.annual')}
          dependencies={['royaltyPermille']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                v || getFieldValue('royaltyPermille')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('patents.feeNeeded'))),
            }),
          ]}
        >
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="declare-annual" />
        </Form.Item>
        <Form.Item name="royaltyPermille" label={t('patents.royalty')}>
          <InputNumber min={1} max={500} precision={0} style={{ width: '100%' }} data-testid="declare-royalty" />
        </Form.Item>
        <Form.Item
          name="paymentTerms"
          label={t('patents.paymentTerms')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} data-testid="declare-terms" />
        </Form.Item>
        <Form.Item name="minYears" label={t('patents.minYears')} rules={[{ required: true }]}>
          <InputNumber min={1} max={MAX_LICENCE_YEARS} precision={0} data-testid="declare-min-years" />
        </Form.Item>
        <Form.Item
          name="evaluationReport"
          label={t('patents.evaluationReport')}
          extra={needsReport ? t('patents.reportNeeded') : undefined}
          rules={needsReport ? [{ required: true, type: 'array', min: 1 }] : []}
        >
          <FileUploader max={1} testId="declare-report" />
        </Form.Item>
        <Form.Item name="announcementNo" label={t('patents.announcementNo')} rules={[{ max: 60 }]}>
          <Input data-testid="declare-announcement" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
