import '../../policy/items/items.css';
import { type Product, productInputSchema } from '@cz/shared/finance';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { type Issue, issueMessage, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { useItemList } from '../../policy/items/api';
import { ConditionBuilder } from '../../policy/items/components/ConditionBuilder';
import { fromCondition, type GroupNode } from '../../policy/items/condition-tree';
import { useSaveProduct } from '../api';
import { useFinanceLabels } from '../labels';
import { EMPTY_RANGE, formPath, type ProductValues, toProductInput, toProductValues } from './product-form';
import { RangeInputs } from './RangeInputs';
import { tagged } from './tagged';

/**
 * A product of my institution: every term as min / default / max, a fixed rate in % or an LPR spread in bp, what
 * backs it, materials and regions as tags, its labels, and who may have it (the policy area's condition builder;
 * left empty, anyone may apply). Saves a draft; `onSaved` gets the saved product.
 */
export function ProductForm({ product, onSaved }: { product?: Product; onSaved: (p: Product) => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const save = useSaveProduct();
  const [form] = Form.useForm<ProductValues>();
  const [tree, setTree] = useState<GroupNode>(() => fromCondition(undefined));
  const [conditionError, setConditionError] = useState<string | null>(null);
  const [limited, setLimited] = useState(false);
  useRelocalisedErrors(form);
  const rateMode = Form.useWatch('rateMode', form);

  // 贴息, 担保费补贴: the published policy items that subsidise the product.
  const [policyItemIds, setPolicyItemIds] = useState<number[]>([]);
  const policyItems = useItemList({ status: 'published', pageSize: 200 });

  useEffect(() => {
    if (!product) return;
    const { values, tree: t0 } = toProductValues(product);
    form.setFieldsValue(values);
    setTree(t0);
    setLimited(product.condition !== null);
    setPolicyItemIds(product.policyItemIds);
  }, [product, form]);

  const submit = async (v: ProductValues) => {
    const body = toProductInput(v, limited ? tree : fromCondition(undefined), policyItemIds);
    const parsed = productInputSchema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues as Issue[];
      const onCondition = issues.find((i) => i.path[0] === 'condition');
      setConditionError(onCondition ? issueMessage({ ...onCondition, code: 'custom' }) : null);
      showIssues(
        form,
        issues.filter((i) => i.path[0] !== 'condition').map((i) => ({ ...i, path: formPath(i.path) })),
      );
      return;
    }
    try {
      const saved = await save.mutateAsync({ id: product?.id, body });
      message.success(t('desk.product.saved'));
      onSaved(saved);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const fixed = rateMode !== 'lpr';
  return (
    <Form<ProductValues>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        labels: [],
        amount: { ...EMPTY_RANGE },
        termMonths: { ...EMPTY_RANGE },
        rateMode: 'fixed',
        rate: { ...EMPTY_RANGE },
        guaranteeKinds: [],
        collateralKinds: [],
        repaymentKinds: [],
        materials: [],
        regions: [],
      }}
      data-testid="product-form"
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title={t('desk.product.basics')}>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t('fields.name')} rules={[{ required: true, min: 2, max: 100 }]}>
                <Input maxLength={100} data-testid="product-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="kind" label={t('fields.kind')} rules={[{ required: true }]}>
                <Select options={labels.productKindOptions} aria-label={t('fields.kind')} data-testid="product-kind" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="approvalDays" label={t('fields.approvalDays')} rules={[{ required: true }]}>
                <InputNumber
                  min={1}
                  max={180}
                  precision={0}
                  style={{ width: '100%' }}
                  suffix={t('units.dayUnit')}
                  data-testid="product-approval-days"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="labels" label={t('fields.labels')}>
            <Select mode="multiple" maxCount={6} options={labels.labelOptions} aria-label={t('fields.labels')} />
          </Form.Item>
          <Form.Item name="summary" label={t('fields.summary')} rules={[{ required: true, min: 10, max: 2000 }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="product-summary" />
          </Form.Item>
        </Card>
        <Card title={t('desk.product.terms')}>
          <RangeInputs
            name="amount"
            label={t('fields.amount')}
            suffix={t('units.yuan')}
            precision={2}
            min={0}
            testId="product-amount"
          />
          <RangeInputs
            name="termMonths"
            label={t('fields.term')}
            suffix={t('units.monthUnit')}
            min={1}
            testId="product-term"
          />
          <Form.Item name="rateMode" label={t('fields.rateMode')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'fixed', label: t('rate.modeFixed') },
                { value: 'lpr', label: t('rate.modeLpr') },
                { value: 'none', label: t('rate.modeNone') },
              ]}
              data-testid="product-rate-mode"
            />
          </Form.Item>
          {rateMode !== 'none' && (
            <RangeInputs
              name="rate"
              label={fixed ? t('fields.ratePct') : t('fields.spreadBp')}
              suffix={fixed ? '%' : 'bp'}
              precision={fixed ? 2 : 0}
              testId="product-rate"
              extra={fixed ? t('desk.product.rateHint') : t('desk.product.spreadHint')}
            />
          )}
        </Card>
        <Card title={t('desk.product.backing')}>
          <Form.Item
            name="guaranteeKinds"
            label={t('fields.guaranteeKinds')}
            rules={[{ type: 'array', min: 1, message: t('fields.pickOne') }]}
          >
            <Checkbox.Group options={tagged(labels.guaranteeOptions, 'product-guarantee')} />
          </Form.Item>
          <Form.Item name="collateralKinds" label={t('fields.collateralKinds')}>
            <Checkbox.Group options={tagged(labels.collateralOptions, 'product-collateral')} />
          </Form.Item>
          <Form.Item name="repaymentKinds" label={t('fields.repaymentKinds')}>
            <Checkbox.Group options={tagged(labels.repaymentOptions, 'product-repayment')} />
          </Form.Item>
          <Form.Item name="materials" label={t('fields.materials')} extra={t('desk.product.tagsHint')}>
            <Select mode="tags" maxCount={30} aria-label={t('fields.materials')} tokenSeparators={['，', ',']} />
          </Form.Item>
          <Form.Item name="regions" label={t('fields.regions')} extra={t('desk.product.regionsHint')}>
            <Select mode="tags" maxCount={30} aria-label={t('fields.regions')} tokenSeparators={['，', ',', ' ']} />
          </Form.Item>
          <Form.Item
            label={t('fields.policyItems')}
            extra={t('desk.product.policyItemsHint')}
            htmlFor="product-policy-items"
          >
            <Select
              id="product-policy-items"
              mode="multiple"
              maxCount={10}
              value={policyItemIds}
              onChange={(v: number[]) => setPolicyItemIds(v)}
              loading={policyItems.isLoading}
              options={(policyItems.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
              optionFilterProp="label"
              aria-label={t('fields.policyItems')}
              data-testid="product-policy-items"
            />
          </Form.Item>
        </Card>
        <Card title={t('fields.condition')}>
          <Checkbox
            checked={limited}
            onChange={(e) => setLimited(e.target.checked)}
            style={{ marginBottom: 12 }}
            data-testid="product-limited"
          >
            {t('desk.product.limited')}
          </Checkbox>
          {limited ? (
            <Form.Item validateStatus={conditionError ? 'error' : undefined} help={conditionError}>
              <ConditionBuilder
                value={tree}
                onChange={(c) => {
                  setTree(c);
                  setConditionError(null);
                }}
              />
            </Form.Item>
          ) : (
            <Typography.Paragraph type="secondary">{t('product.noCondition')}</Typography.Paragraph>
          )}
        </Card>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="product-save">
          {t('desk.product.save')}
        </Button>
      </Space>
    </Form>
  );
}
