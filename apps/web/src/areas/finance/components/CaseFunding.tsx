import type { LoanCase } from '@cz/shared/finance';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatMoney, yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useClaimCompensation, useCreatePledge, usePledgeablePatents, usePools } from '../pools.api';

const BEFORE_DISBURSEMENT: readonly LoanCase['status'][] = ['claimed', 'contacted', 'due_diligence', 'approved'];
type ClaimValues = {
  poolId?: number;
  lossYuan?: number | null;
  flags?: ('guaranteed' | 'pureCredit' | 'ipPledge')[];
  note?: string;
};

/** A non-performing loan's claim on a pool that covers my institution: the pool, the loss in 元, its facts. */
function ClaimModal({ loan: c, onClose }: { loan: LoanCase; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  // The pools covering my institution, for a picker: a zone keeps a few.
  const pools = usePools({ pageSize: 100 });
  const claim = useClaimCompensation();
  const width = useOverlayWidth(520);
  const [form] = Form.useForm<ClaimValues>();
  const active = (pools.data?.items ?? []).filter((p) => p.status === 'active');
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.poolId || !v.lossYuan) return;
    const flags = new Set(v.flags ?? []);
    try {
      await claim.mutateAsync({
        poolId: v.poolId,
        body: {
          caseId: c.id,
          lossFen: yuanToFen(v.lossYuan),
          guaranteed: flags.has('guaranteed'),
          pureCredit: flags.has('pureCredit'),
          ipPledge: flags.has('ipPledge'),
          note: v.note?.trim() ?? '',
        },
      });
      message.success(t('claim.submitted'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={t('claim.apply')}
      width={width}
      okText={t('claim.submit')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: claim.isPending, 'data-testid': 'claim-submit' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      {pools.isSuccess && active.length === 0 && (
        <Typography.Paragraph type="warning">{t('claim.noPools')}</Typography.Paragraph>
      )}
      <Form<ClaimValues> form={form} layout="vertical" preserve={false} initialValues={{ flags: [] }}>
        <Form.Item name="poolId" label={t('pool.pool')} rules={[{ required: true }]}>
          <Select
            aria-label={t('pool.pool')}
            options={active.map((p) => ({ value: p.id, label: p.name }))}
            data-testid="claim-pool"
          />
        </Form.Item>
        <Form.Item
          name="lossYuan"
          label={t('claim.lossYuan')}
          rules={[{ required: true }]}
          extra={`${t('claim.disbursed')}：${formatMoney(c.disbursedFen)}`}
        >
          <InputNumber
            min={0.01}
            precision={2}
            style={{ width: '100%' }}
            suffix={t('units.yuan')}
            data-testid="claim-loss"
          />
        </Form.Item>
        <Form.Item name="flags" label={t('claim.flags')}>
          <Checkbox.Group
            options={(['guaranteed', 'pureCredit', 'ipPledge'] as const).map((f) => ({
              value: f,
              label: <span data-testid={`claim-flag-${f}`}>{t(`claim.${f}`)}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('pool.note')}>
          <Input.TextArea rows={3} maxLength={1000} showCount data-testid="claim-note-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The enterprise's patents that back a loan before it is disbursed: chosen among its valid patents. */
function PledgeModal({ loan: c, onClose }: { loan: LoanCase; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const create = useCreatePledge();
  const width = useOverlayWidth(520);
  const patents = usePledgeablePatents(c.id);
  const [patentIds, setPatentIds] = useState<number[]>([]);
  const submit = async () => {
    if (patentIds.length === 0) return;
    try {
      await create.mutateAsync({ caseId: c.id, patentIds });
      message.success(t('pledge.created'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Modal
      open
      title={t('pledge.setUp')}
      width={width}
      okText={t('pledge.setUp')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: create.isPending, disabled: patentIds.length === 0, 'data-testid': 'pledge-submit' }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('pledge.patentIds')} extra={t('pledge.patentIdsHint')} htmlFor="pledge-patents">
          <Select
            id="pledge-patents"
            mode="multiple"
            maxCount={20}
            value={patentIds}
            onChange={(v: number[]) => setPatentIds(v)}
            loading={patents.isLoading}
            options={(patents.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.number} ${p.title}` }))}
            optionFilterProp="label"
            notFoundContent={t('pledge.noPatents')}
            aria-label={t('pledge.patentIds')}
            data-testid="pledge-patents"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** On a loan case of my institution: claim compensation once non-performing; set up an IP pledge before disbursal. */
export function CaseFunding({ loan: c }: { loan: LoanCase }) {
  const { t } = useTranslation('finance');
  const [open, setOpen] = useState<'claim' | 'pledge' | null>(null);
  const claimable = c.status === 'non_performing';
  const pledgeable = BEFORE_DISBURSEMENT.includes(c.status);
  if (!claimable && !pledgeable) return null;
  return (
    <Space wrap style={{ marginTop: 8, marginInlineStart: 8 }}>
      {claimable && (
        <Button onClick={() => setOpen('claim')} data-testid={`case-${c.id}-claim`}>
          {t('claim.apply')}
        </Button>
      )}
      {pledgeable && (
        <Button onClick={() => setOpen('pledge')} data-testid={`case-${c.id}-pledge`}>
          {t('pledge.setUp')}
        </Button>
      )}
      {open === 'claim' && <ClaimModal loan={c} onClose={() => setOpen(null)} />}
      {open === 'pledge' && <PledgeModal loan={c} onClose={() => setOpen(null)} />}
    </Space>
  );
}
