import '../../policy/items/items.css';
import { DEFAULT_POOL_PARAMS, type Pool, type PoolInput, poolInputSchema } from '@cz/shared/finance';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { type Issue, issueMessage, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { ConditionBuilder } from '../../policy/items/components/ConditionBuilder';
import { fromCondition, type GroupNode, toCondition } from '../../policy/items/condition-tree';
import { useInstitutions } from '../api';
import { useCreatePool } from '../pools.api';

type Values = {
  name: string;
  description: string;
  params: Record<keyof typeof DEFAULT_POOL_PARAMS, number | null>;
  institutionIds: number[];
};
const PARAMS = Object.keys(DEFAULT_POOL_PARAMS) as (keyof typeof DEFAULT_POOL_PARAMS)[];

/**
 * A new risk-compensation pool: its name, who is admitted (the policy area's condition builder; left empty, every
 * verified enterprise), the six compensation parameters in whole percentage points and the lenders it covers.
 */
export function PoolForm({ onSaved }: { onSaved: (p: Pool) => void }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const create = useCreatePool();
  const institutions = useInstitutions({ pageSize: 100 });
  const [form] = Form.useForm<Values>();
  const [tree, setTree] = useState<GroupNode>(() => fromCondition(undefined));
  const [limited, setLimited] = useState(false);
  const [conditionError, setConditionError] = useState<string | null>(null);
  useRelocalisedErrors(form);

  const submit = async (v: Values) => {
    const body = {
      name: v.name ?? '',
      description: v.description ?? '',
      admission: limited && tree.children.length > 0 ? (toCondition(tree) as PoolInput['admission']) : null,
      params: Object.fromEntries(PARAMS.map((k) => [k, v.params?.[k] ?? Number.NaN])),
      institutionIds: v.institutionIds ?? [],
    };
    const parsed = poolInputSchema.safeParse(body);
    if (!parsed.success) {
      const issues = parsed.error.issues as Issue[];
      const onRule = issues.find((i) => i.path[0] === 'admission');
      setConditionError(onRule ? issueMessage({ ...onRule, code: 'custom' }) : null);
      showIssues(
        form,
        issues.filter((i) => i.path[0] !== 'admission'),
      );
      return;
    }
    try {
      const saved = await create.mutateAsync(parsed.data);
      message.success(t('pool.created'));
      onSaved(saved);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ params: { ...DEFAULT_POOL_PARAMS }, institutionIds: [] }}
      data-testid="pool-form"
    >
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Form.Item name="name" label={t('pool.name')} rules={[{ required: true, min: 2, max: 100 }]}>
            <Input maxLength={100} data-testid="pool-name" />
          </Form.Item>
          <Form.Item name="description" label={t('pool.description')}>
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="pool-description" />
          </Form.Item>
          <Form.Item name="institutionIds" label={t('pool.institutions')} extra={t('pool.institutionsHint')}>
            <Select
              mode="multiple"
              maxCount={50}
              aria-label={t('pool.institutions')}
              placeholder={t('pool.allInstitutions')}
              optionFilterProp="label"
              options={(institutions.data?.items ?? []).map((i) => ({ value: i.orgId, label: i.name }))}
              data-testid="pool-institutions"
            />
          </Form.Item>
        </Card>
        <Card title={t('pool.params')}>
          <Row gutter={12}>
            {PARAMS.map((k) => (
              <Col key={k} xs={12} md={8} xl={4}>
                <Form.Item name={['params', k]} label={t(`pool.${k}`)} required>
                  <InputNumber
                    min={0}
                    max={100}
                    precision={0}
                    suffix="%"
                    style={{ width: '100%' }}
                    data-testid={`pool-${k}`}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Card>
        <Card title={t('pool.admission')}>
          <Checkbox
            checked={limited}
            onChange={(e) => setLimited(e.target.checked)}
            style={{ marginBottom: 12 }}
            data-testid="pool-limited"
          >
            {t('pool.limited')}
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
            <Typography.Paragraph type="secondary">{t('pool.noAdmission')}</Typography.Paragraph>
          )}
        </Card>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="pool-save">
          {t('pool.save')}
        </Button>
      </Space>
    </Form>
  );
}
