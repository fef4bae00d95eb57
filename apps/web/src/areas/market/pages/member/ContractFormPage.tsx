import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { addDays, fenToYuan, isValidUscc, normaliseUscc, shanghaiDate, yuanToFen } from '@cz/shared';
import {
  CONTRACT_KIND_INFO,
  CONTRACT_KINDS,
  type Contract,
  type ContractKind,
  NON_TECHNICAL_COST_INFO,
  NON_TECHNICAL_COST_KINDS,
  type NonTechnicalCostKind,
  type TechField,
} from '@cz/shared/market';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { dayjs, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { useFormatMoney } from '../../../../kit/money';
import { useContract, useDeal, useRecordOfflineContract, useSaveContract } from '../../deals.api';
import { useMarketLabels } from '../../labels';

type Values = {
  kind: ContractKind;
  title: string;
  amount: number;
  nonTechnical: { kind: NonTechnicalCostKind; description: string; amount: number }[];
  payments: { dueOn: Dayjs | null; amount: number; note?: string }[];
  withTransferOrDevelopment: boolean;
  signedFile: string[];
  /** A contract signed outside the platform: its buyer and 技术领域. */
  buyerName?: string;
  buyerUscc?: string;
  field?: TechField;
};

/** A draft's title from the achievement's: 「…技术」 gets 合同, anything else 技术合同. */
const contractTitleOf = (achievement: string) =>
  `${achievement}${achievement.endsWith('技术') ? '合同' : '技术合同'}`.slice(0, 200);

const toValues = (c: Contract): Values => ({
  kind: c.kind,
  title: c.title,
  amount: fenToYuan(c.amountFen),
  nonTechnical: c.nonTechnical.map((l) => ({
    kind: l.kind,
    description: l.description,
    amount: fenToYuan(l.amountFen),
  })),
  payments: c.payments.map((p) => ({ dueOn: dayjs(p.dueOn), amount: fenToYuan(p.amountFen), note: p.note })),
  withTransferOrDevelopment: c.withTransferOrDevelopment,
  signedFile: c.signedFile ? [c.signedFile.hash] : [],
});

/**
 * Drafts (from an agreed deal: /my/market/deals/:id/contract) or changes (/my/market/contracts/:id/edit) a
 * technology contract: its kind of the five of the 民法典, amount, the non-technical costs in it and the payments,
 * with 技术交易额 and the payments' total shown as they are typed. With `offline` (/my/market/contracts/offline/new)
 * the seller records a contract signed outside the platform, naming its buyer by name and USCC, with the scan.
 */
export function ContractFormPage({ offline = false }: { offline?: boolean }) {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const { message } = App.useApp();
  const money = useFormatMoney();
  const navigate = useNavigate();
  const params = useParams();
  const editing = params.contractId !== undefined;
  const contractId = Number(params.contractId ?? 0);
  const dealId = Number(params.id ?? 0);
  const contract = useContract(contractId);
  const deal = useDeal(editing || offline ? 0 : dealId);
  const save = useSaveContract();
  const record = useRecordOfflineContract();
  const labels = useMarketLabels();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const amount = Form.useWatch('amount', form) ?? 0;
  const lines = Form.useWatch('nonTechnical', form) ?? [];
  const payments = Form.useWatch('payments', form) ?? [];
  const words = (w: { zh: string; en: string }) => (locale === 'zh-CN' ? w.zh : w.en);

  const source = editing ? contract : deal;
  if (!offline && source.isError) return <QueryError error={source.error} onRetry={() => source.refetch()} />;
  if (!offline && !source.data) return <Spin />;
  const initial: Values =
    editing && contract.data
      ? toValues(contract.data)
      : {
          // An open licence (开放许可) is used under a 技术许可 contract.
          kind: deal.data?.openLicenceId ? 'licence' : 'transfer',
          title: contractTitleOf(deal.data?.achievementTitle ?? ''),
          amount: fenToYuan(deal.data?.agreedFen ?? 0),
          nonTechnical: [],
          payments: [
            { dueOn: dayjs(addDays(shanghaiDate(new Date()), 30)), amount: fenToYuan(deal.data?.agreedFen ?? 0) },
          ],
          withTransferOrDevelopment: false,
          signedFile: [],
        };
  if (offline) {
    initial.title = '';
    initial.amount = 0;
    initial.payments = [{ dueOn: dayjs(addDays(shanghaiDate(new Date()), 30)), amount: 0 }];
  }
  const fen = (v: unknown) => (typeof v === 'number' ? yuanToFen(v) : 0);
  const costs = lines.reduce((a, l) => a + fen(l?.amount), 0);
  const paid = payments.reduce((a, p) => a + fen(p?.amount), 0);

  return (
    <div>
      <PageHeader
        title={t(editing ? 'contracts.editTitle' : offline ? 'contracts.offline.title' : 'contracts.newTitle')}
        subtitle={t(offline ? 'contracts.offline.subtitle' : 'contracts.subtitle')}
      />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={async (v) => {
            const body = {
              kind: v.kind,
              title: v.title,
              amountFen: yuanToFen(v.amount),
              nonTechnical: (v.nonTechnical ?? []).map((l) => ({
                kind: l.kind,
                description: l.description,
                amountFen: yuanToFen(l.amount),
              })),
              payments: (v.payments ?? []).map((p) => ({
                dueOn: toIsoDate(p.dueOn) ?? '',
                amountFen: yuanToFen(p.amount),
                note: p.note ?? '',
              })),
              withTransferOrDevelopment:
                (v.kind === 'consulting' || v.kind === 'service') && v.withTransferOrDevelopment,
              signedFile: v.signedFile?.[0] ?? null,
            };
            try {
              const c = offline
                ? await record.mutateAsync({
                    ...body,
                    signedFile: body.signedFile ?? '',
                    buyerName: v.buyerName ?? '',
                    buyerUscc: v.buyerUscc ?? '',
                    field: v.field as TechField,
                  })
                : await save.mutateAsync(editing ? { id: contractId, body } : { dealId, body });
              message.success(t('contracts.saved'));
              navigate(`/my/market/contracts/${c.id}`);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          {offline && (
            <Row gutter={16}>
              <Col xs={24} md={10}>
                <Form.Item
                  name="buyerName"
                  label={t('contracts.offline.buyerName')}
                  rules={[{ required: true, whitespace: true, min: 2, max: 200 }]}
                >
                  <Input data-testid="contract-buyer-name" />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item
                  name="buyerUscc"
                  label={t('contracts.offline.buyerUscc')}
                  extra={t('contracts.offline.buyerUsccHint')}
                  rules={[
                    { required: true },
                    {
                      validator: (_, v) =>
                        !v || isValidUscc(normaliseUscc(String(v)))
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('contracts.offline.usccInvalid'))),
                    },
                  ]}
                >
                  <Input maxLength={18} data-testid="contract-buyer-uscc" />
                </Form.Item>
              </Col>
              <Col xs={24} md={7}>
                <Form.Item name="field" label={t('fields.field')} rules={[{ required: true }]}>
                  <Select data-testid="contract-field" options={labels.fieldOptions} />
                </Form.Item>
              </Col>
            </Row>
          )}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('contracts.fields.kind')} rules={[{ required: true }]}>
                <Select
                  data-testid="contract-kind"
                  options={CONTRACT_KINDS.map((k) => ({ value: k, label: words(CONTRACT_KIND_INFO[k]) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="title"
                label={t('contracts.fields.title')}
                rules={[{ required: true, min: 4, max: 200 }]}
              >
                <Input data-testid="contract-title" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="amount" label={t('contracts.fields.amount')} rules={[{ required: true }]}>
                <InputNumber min={0.01} precision={2} style={{ width: '100%' }} data-testid="contract-amount" />
              </Form.Item>
            </Col>
            {(kind === 'consulting' || kind === 'service') && (
              <Col xs={24} md={16} style={{ display: 'flex', alignItems: 'center' }}>
                <Form.Item name="withTransferOrDevelopment" valuePropName="checked">
                  <Checkbox>{t('contracts.fields.withTransfer')}</Checkbox>
                </Form.Item>
              </Col>
            )}
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('contracts.fields.nonTechnical')}
          </Typography.Title>
          <Form.List name="nonTechnical">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} md={5}>
                      <Form.Item
                        name={[f.name, 'kind']}
                        rules={[{ required: true }]}
                        aria-label={t('contracts.fields.lineKind')}
                      >
                        <Select
                          aria-label={t('contracts.fields.lineKind')}
                          options={NON_TECHNICAL_COST_KINDS.map((k) => ({
                            value: k,
                            label: words(NON_TECHNICAL_COST_INFO[k]),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={11}>
                      <Form.Item name={[f.name, 'description']} rules={[{ required: true, max: 200 }]}>
                        <Input
                          aria-label={t('contracts.fields.lineDescription')}
                          placeholder={t('contracts.fields.lineDescription')}
                          data-testid={`contract-cost-desc-${f.name}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={6}>
                      <Form.Item name={[f.name, 'amount']} rules={[{ required: true }]}>
                        <InputNumber
                          min={0}
                          precision={2}
                          style={{ width: '100%' }}
                          aria-label={t('contracts.fields.lineAmount')}
                          placeholder={t('contracts.fields.lineAmount')}
                          data-testid={`contract-cost-${f.name}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      <Button
                        icon={<MinusCircleOutlined />}
                        aria-label={t('contracts.remove')}
                        onClick={() => remove(f.name)}
                      />
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'equipment', description: '', amount: 0 })}
                  data-testid="contract-add-cost"
                >
                  {t('contracts.addLine')}
                </Button>
              </>
            )}
          </Form.List>
          <Alert
            style={{ margin: '12px 0' }}
            type={costs > fen(amount) ? 'error' : 'info'}
            showIcon
            title={
              <span data-testid="contract-tech-trade" data-amount={fen(amount) - costs}>
                {t('contracts.techTradeHint', { amount: money(fen(amount) - costs) })}
              </span>
            }
          />
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('contracts.fields.payments')}
          </Typography.Title>
          <Form.List name="payments">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} md={6}>
                      <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true }]}>
                        <DateInput
                          style={{ width: '100%' }}
                          aria-label={t('contracts.fields.dueOn')}
                          placeholder={t('contracts.fields.dueOn')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[f.name, 'amount']} rules={[{ required: true }]}>
                        <InputNumber
                          min={0}
                          precision={2}
                          style={{ width: '100%' }}
                          aria-label={t('contracts.fields.payAmount')}
                          placeholder={t('contracts.fields.payAmount')}
                          data-testid={`contract-payment-${f.name}`}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={10}>
                      <Form.Item name={[f.name, 'note']} rules={[{ max: 200 }]}>
                        <Input aria-label={t('contracts.fields.note')} placeholder={t('contracts.fields.note')} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      {fields.length > 1 && (
                        <Button
                          icon={<MinusCircleOutlined />}
                          aria-label={t('contracts.remove')}
                          onClick={() => remove(f.name)}
                        />
                      )}
                    </Col>
                  </Row>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ dueOn: null, amount: 0 })}>
                  {t('contracts.addPayment')}
                </Button>
              </>
            )}
          </Form.List>
          <Alert
            style={{ margin: '12px 0' }}
            type={paid === fen(amount) ? 'success' : 'warning'}
            showIcon
            title={t('contracts.paymentsTotal', { total: money(paid), amount: money(fen(amount)) })}
          />
          <Form.Item
            name="signedFile"
            label={t('contracts.fields.signedFile')}
            rules={offline ? [{ required: true, type: 'array', min: 1 }] : []}
          >
            <FileUploader max={1} testId="contract-signed-file" />
          </Form.Item>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending || record.isPending}
              data-testid="contract-save"
            >
              {t('contracts.save')}
            </Button>
          </Space>
        </Form>
      </Card>
    </div>
  );
}

/** The seller records a contract signed outside the platform (/my/market/contracts/offline/new). */
export const OfflineContractFormPage = () => <ContractFormPage offline />;
