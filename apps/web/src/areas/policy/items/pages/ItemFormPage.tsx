import '../items.css';
import { type ConditionIssue, POLICY_ITEM_MODES } from '@cz/shared/policy';
import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { ApiError } from '../../../../kit/api/client';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { DateRangeInput } from '../../../../kit/forms/DateInput';
import {
  type Issue as FormIssue,
  issueMessage,
  showIssues,
  useRelocalisedErrors,
} from '../../../../kit/forms/zod-form';
import { useAdminPolicy } from '../../api';
import { useCreateItem, useItem, useUpdateItem } from '../api';
import { AmountEditor } from '../components/AmountEditor';
import { ConditionBuilder } from '../components/ConditionBuilder';
import { ItemActions } from '../components/ItemActions';
import { ItemStatusTag } from '../components/ItemBits';
import { MaterialsEditor } from '../components/MaterialsEditor';
import { fromCondition, type GroupNode } from '../condition-tree';
import {
  emptyItemValues,
  type Issue,
  type ItemFormValues,
  issuesFromDetails,
  splitIssues,
  toItemInput,
  toItemValues,
} from '../item-form';

/**
 * Writes a policy item of a document, or shows one: who qualifies in the document's words and as a checked
 * condition, what it pays, how and when it is claimed, who handles it and which materials it needs. Only a draft is
 * edited; a published, closed or withdrawn item is read-only here.
 */
export function ItemFormPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { me } = useAuth();
  const id = Number(useParams().id) || undefined;
  const [search] = useSearchParams();
  const existing = useItem(id ?? 0);
  const item = existing.data;
  const documentId = item?.documentId ?? (Number(search.get('documentId')) || 0);
  const doc = useAdminPolicy(documentId || undefined);
  const create = useCreateItem();
  const update = useUpdateItem();
  const [form] = Form.useForm<ItemFormValues>();
  const [condition, setCondition] = useState<GroupNode>(() => fromCondition(undefined));
  const [serverIssues, setServerIssues] = useState<ConditionIssue[]>([]);
  const [conditionError, setConditionError] = useState<string | null>(null);
  useRelocalisedErrors(form);
  const mode = Form.useWatch('mode', form);

  useEffect(() => {
    if (!item) return;
    const { values, condition: tree } = toItemValues(item);
    form.setFieldsValue(values);
    setCondition(tree);
  }, [item, form]);
  useEffect(() => {
    if (!id && doc.data) form.setFieldValue('department', me?.department ?? doc.data.department ?? '');
  }, [id, doc.data, me, form]);

  const show = (issues: Issue[]) => {
    const { condition: onTree, fields } = splitIssues(issues);
    setServerIssues(onTree);
    const whole = fields.find((f) => f.path[0] === 'condition');
    setConditionError(whole ? issueMessage({ code: 'custom', message: whole.message, path: [] }) : null);
    showIssues(form, fields.filter((f) => f.path[0] !== 'condition') as FormIssue[]);
  };

  /** Saves the form; the saved item, or undefined when something is refused (and shown where it is). */
  const save = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return undefined;
    const { body, parsed } = toItemInput(documentId, values, condition);
    if (!parsed.success) {
      show(parsed.error.issues as Issue[]);
      return undefined;
    }
    show([]);
    try {
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      message.success(id ? t('items.form.saved') : t('items.form.created'));
      if (!id) navigate(`/admin/policy-items/${saved.id}/edit`, { replace: true });
      return saved;
    } catch (err) {
      if (err instanceof ApiError && err.code === 'http.validation') show(issuesFromDetails(err.details));
      message.error(errorMessage(err));
      return undefined;
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  if ((id && !item) || (documentId && doc.isLoading)) return <Spin />;
  if (!documentId) return <Alert type="warning" showIcon title={t('items.form.noDocument')} />;
  const readOnly = !!item && item.status !== 'draft';
  const title = id ? t('items.form.editTitle') : t('items.form.newTitle');
  const back = `/admin/policies/${documentId}/edit#items`;
  return (
    <div className="policy-item-form" data-testid="item-form-page" data-status={item?.status ?? 'new'}>
      <PageHeader
        title={title}
        documentTitle={item ? `${title} · ${item.title}` : title}
        subtitle={
          <Space size={6} wrap>
            {item && <ItemStatusTag status={item.status} testId="item-status" />}
            <span>{t('items.form.ofDocument', { title: doc.data?.title ?? item?.documentTitle ?? '' })}</span>
          </Space>
        }
        extra={
          <>
            {item && (
              <LinkButton to={`/admin/policy-items/${item.id}/simulation`} data-testid="item-simulation">
                {t('items.list.simulation')}
              </LinkButton>
            )}
            {item && item.status !== 'draft' && (
              <LinkButton to={`/policies/items/${item.id}`}>{t('items.form.viewPublic')}</LinkButton>
            )}
            {item && <ItemActions item={item} beforePublish={async () => !!(await save())} />}
            <LinkButton to={back}>{t('items.form.back')}</LinkButton>
          </>
        }
      />
      {readOnly && <Alert type="info" showIcon title={t('items.form.readOnly')} style={{ marginBottom: 12 }} />}
      <Form<ItemFormValues>
        form={form}
        layout="vertical"
        initialValues={emptyItemValues('')}
        onFinish={save}
        disabled={readOnly}
        data-testid="item-form"
      >
        <Row gutter={[12, 12]}>
          <Col xs={24}>
            <Card title={t('items.form.what')}>
              <Row gutter={12}>
                <Col xs={24} md={6}>
                  <Form.Item name="clause" label={t('items.fields.clause')} extra={t('items.form.clauseHint')}>
                    <Input data-testid="item-clause" maxLength={50} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={18}>
                  <Form.Item
                    name="title"
                    label={t('items.fields.title')}
                    rules={[{ required: true, message: t('items.form.titleRequired') }]}
                  >
                    <Input data-testid="item-title" maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24}>
                  <Form.Item
                    name="beneficiaries"
                    label={t('items.fields.beneficiaries')}
                    extra={t('items.form.beneficiariesHint')}
                  >
                    <Input.TextArea rows={3} maxLength={2000} data-testid="item-beneficiaries" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('items.fields.condition')} extra={t('items.form.conditionHint')}>
              <Form.Item
                validateStatus={conditionError ? 'error' : undefined}
                help={conditionError}
                className="policy-item-condition-field"
              >
                <ConditionBuilder
                  value={condition}
                  onChange={(c) => {
                    setCondition(c);
                    setServerIssues([]);
                    setConditionError(null);
                  }}
                  serverIssues={serverIssues}
                  disabled={readOnly}
                />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('items.fields.amount')}>
              <Form.Item name="amount" className="policy-item-amount-item">
                <AmountEditor disabled={readOnly} />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={8}>
                  <Form.Item name="budgetYuan" label={t('items.fields.budget')} extra={t('items.form.budgetHint')}>
                    <Input inputMode="decimal" suffix={t('items.yuan')} data-testid="item-budget" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('items.form.how')}>
              <Form.Item
                name="mode"
                label={t('items.fields.mode')}
                extra={t(`items.form.modeHints.${mode ?? 'apply'}`)}
              >
                <Radio.Group
                  optionType="button"
                  options={POLICY_ITEM_MODES.map((m) => ({ value: m, label: t(`applications.mode.${m}`) }))}
                  data-testid="item-mode"
                />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={12}>
                  <Form.Item name="window" label={t('items.fields.window')} extra={t('items.form.windowHint')}>
                    <DateRangeInput
                      allowEmpty={[true, true]}
                      style={{ width: '100%' }}
                      data-testid="item-window"
                      placeholder={[t('items.form.opensOn'), t('items.form.closesOn')]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="department"
                    label={t('items.fields.department')}
                    rules={[{ required: true, message: t('items.form.departmentRequired') }]}
                  >
                    <Input data-testid="item-department" maxLength={100} />
                  </Form.Item>
                </Col>
                {mode === 'fast' && (
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="paymentDeadlineDays"
                      label={t('items.fields.paymentDeadline')}
                      extra={t('items.form.paymentDeadlineHint')}
                    >
                      <InputNumber
                        min={1}
                        max={365}
                        precision={0}
                        style={{ width: '100%' }}
                        data-testid="item-deadline"
                      />
                    </Form.Item>
                  </Col>
                )}
              </Row>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('items.fields.materials')} extra={t('items.form.materialsHint')}>
              <MaterialsEditor disabled={readOnly} />
            </Card>
          </Col>
        </Row>
        {!readOnly && (
          <Space style={{ marginTop: 16 }} wrap>
            <Button
              type="primary"
              htmlType="submit"
              loading={create.isPending || update.isPending}
              data-testid="item-save"
            >
              {id ? t('items.form.save') : t('items.form.create')}
            </Button>
            <LinkButton to={back}>{t('items.form.back')}</LinkButton>
          </Space>
        )}
      </Form>
    </div>
  );
}
