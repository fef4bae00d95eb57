import { FUND_STAGES, type Fund } from '@cz/shared/finance';
import { App, Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { dayjs, toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { yuanToFen } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useInstitutions } from '../api';
import { useAddCommitment, useCreateFund, useFunds } from '../events.api';

type FundValues = {
  name?: string;
  kind?: 'guide' | 'sub';
  parentId?: number;
  managerOrgId?: number;
  targetYuan?: number | null;
  vintage?: number | null;
  stages?: (typeof FUND_STAGES)[number][];
  fields?: string[];
};

function useSubmit<V>(run: (v: V) => Promise<unknown>, onClose: () => void, done: string) {
  const { message } = App.useApp();
  return async (v: V | null) => {
    if (!v) return;
    try {
      await run(v);
      message.success(done);
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
}

/** The finance office records a guide fund or a sub-fund of one. */
export function FundCreateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('finance');
  const create = useCreateFund();
  const institutions = useInstitutions({ pageSize: 100 });
  // The guide funds a sub-fund may belong to, for the picker: a zone keeps a few.
  const guides = useFunds({ kind: 'guide', pageSize: 100 });
  const width = useOverlayWidth(560);
  const [form] = Form.useForm<FundValues>();
  const kind = Form.useWatch('kind', form);
  const submit = useSubmit(
    (v: FundValues) =>
      create.mutateAsync({
        name: v.name ?? '',
        kind: v.kind ?? 'guide',
        parentId: v.kind === 'sub' ? (v.parentId ?? null) : null,
        managerOrgId: v.managerOrgId ?? null,
        targetFen: yuanToFen(v.targetYuan ?? 0),
        vintage: v.vintage ?? dayjs().year(),
        stages: v.stages ?? [],
        fields: v.fields ?? [],
      }),
    onClose,
    t('fund.saved'),
  );
  return (
    <Modal
      open
      title={t('fund.new')}
      width={width}
      okText={t('fund.new')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'fund-create' }}
      onOk={async () => submit(await form.validateFields().catch(() => null))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<FundValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'guide', vintage: dayjs().year(), stages: [], fields: [] }}
      >
        <Form.Item name="name" label={t('fund.name')} rules={[{ required: true, min: 2, max: 100 }]}>
          <Input maxLength={100} data-testid="fund-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('fund.kind')}>
          <Radio.Group
            optionType="button"
            options={(['guide', 'sub'] as const).map((k) => ({ value: k, label: t(`fundKind.${k}`) }))}
          />
        </Form.Item>
        {kind === 'sub' && (
          <Form.Item name="parentId" label={t('fund.parent')} rules={[{ required: true }]}>
            <Select
              aria-label={t('fund.parent')}
              options={(guides.data?.items ?? []).map((f) => ({ value: f.id, label: f.name }))}
              data-testid="fund-parent"
            />
          </Form.Item>
        )}
        <Form.Item name="managerOrgId" label={t('fund.manager')}>
          <Select
            allowClear
            aria-label={t('fund.manager')}
            optionFilterProp="label"
            options={(institutions.data?.items ?? []).map((i) => ({ value: i.orgId, label: i.name }))}
          />
        </Form.Item>
        <Form.Item name="targetYuan" label={t('fund.target')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} suffix={t('units.yuan')} />
        </Form.Item>
        <Form.Item name="vintage" label={t('fund.vintage')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} precision={0} />
        </Form.Item>
        <Form.Item name="stages" label={t('fund.stages')}>
          <Checkbox.Group options={FUND_STAGES.map((s) => ({ value: s, label: t(`fundStage.${s}`) }))} />
        </Form.Item>
        <Form.Item name="fields" label={t('fund.fields')} extra={t('fund.fieldsHint')}>
          <Select mode="tags" maxCount={10} open={false} suffixIcon={null} aria-label={t('fund.fields')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type CommitValues = { lpName?: string; lpFundId?: number; amountYuan?: number | null; committedOn?: Dayjs | null };

/** A limited partner's commitment to a fund (a fund of the platform, or a named outside partner). */
export function CommitmentModal({ fund, onClose }: { fund: Fund; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const commit = useAddCommitment();
  const funds = useFunds({ pageSize: 100 });
  const width = useOverlayWidth(520);
  const [form] = Form.useForm<CommitValues>();
  const submit = useSubmit(
    (v: CommitValues) =>
      commit.mutateAsync({
        id: fund.id,
        body: {
          lpFundId: v.lpFundId ?? null,
          lpName: v.lpName ?? '',
          amountFen: yuanToFen(v.amountYuan ?? 0),
          committedOn: toIsoDate(v.committedOn) ?? '',
        },
      }),
    onClose,
    t('fund.saved'),
  );
  return (
    <Modal
      open
      title={`${t('fund.commit')} · ${fund.name}`}
      width={width}
      okText={t('fund.commit')}
      cancelText={t('caseAction.cancel')}
      okButtonProps={{ loading: commit.isPending, 'data-testid': 'commitment-confirm' }}
      onOk={async () => submit(await form.validateFields().catch(() => null))}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CommitValues> form={form} layout="vertical" preserve={false} initialValues={{ committedOn: dayjs() }}>
        <Form.Item name="lpName" label={t('fund.lpName')} rules={[{ required: true, min: 2, max: 100 }]}>
          <Input maxLength={100} data-testid="commitment-lp" />
        </Form.Item>
        <Form.Item name="lpFundId" label={t('fund.lpFund')}>
          <Select
            allowClear
            aria-label={t('fund.lpFund')}
            options={(funds.data?.items ?? [])
              .filter((f) => f.id !== fund.id)
              .map((f) => ({ value: f.id, label: f.name }))}
          />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('investor.amount')} rules={[{ required: true }]}>
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} suffix={t('units.yuan')} />
        </Form.Item>
        <Form.Item name="committedOn" label={t('fund.committedOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
