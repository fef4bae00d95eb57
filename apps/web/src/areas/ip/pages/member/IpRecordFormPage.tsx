import { type IpKind, type IpRecordInput, ipRecordInputSchema, isPatentKind } from '@cz/shared/ip';
import { App, Button, Card, Col, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { fromIsoDate, toIsoDate } from '../../../../kit/datetime';
import { DateInput } from '../../../../kit/forms/DateInput';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { useCreateIpRecord, useIpRecord, useUpdateIpRecord } from '../../api';
import { inferredKind, numberMessage, storedForm } from '../../components/number-check';
import { useIpLabels } from '../../labels';

type Values = Omit<IpRecordInput, 'appliedOn' | 'grantedOn' | 'expiresOn' | 'feeDueOn'> & {
  appliedOn?: Dayjs;
  grantedOn?: Dayjs | null;
  expiresOn?: Dayjs | null;
  feeDueOn?: Dayjs | null;
};

const DATE_FIELDS = ['appliedOn', 'grantedOn', 'expiresOn', 'feeDueOn'] as const;

/** Registers or edits a record; the number is checked as it is typed, and a patent's kind follows its type digit. */
export function IpRecordFormPage() {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id) || undefined;
  const existing = useIpRecord(id);
  const create = useCreateIpRecord();
  const update = useUpdateIpRecord();
  const labels = useIpLabels();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const kind = Form.useWatch('kind', form) as IpKind | undefined;
  const number = (Form.useWatch('number', form) as string | undefined) ?? '';
  const stored = storedForm(kind, number);

  useEffect(() => {
    const r = existing.data;
    if (!r) return;
    form.setFieldsValue({
      ...r,
      appliedOn: fromIsoDate(r.appliedOn),
      grantedOn: fromIsoDate(r.grantedOn) ?? null,
      expiresOn: fromIsoDate(r.expiresOn) ?? null,
      feeDueOn: fromIsoDate(r.feeDueOn) ?? null,
    });
  }, [existing.data, form]);

  const submit = async (v: Values) => {
    const body = { ...v } as unknown as IpRecordInput;
    for (const f of DATE_FIELDS) (body as Record<string, unknown>)[f] = toIsoDate(v[f] ?? null);
    const parsed = ipRecordInputSchema.safeParse(body);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      message.success(id ? t('form.saved') : t('form.created'));
      navigate(`/my/ip/${saved.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  const title = id ? t('form.editTitle') : t('form.newTitle');
  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={title} subtitle={t('form.subtitle')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ legalStatus: 'valid', acquisition: 'own', holders: '' }}
          onFinish={submit}
          data-testid="ip-form"
        >
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                name="number"
                label={t('fields.number')}
                required
                hasFeedback
                dependencies={['kind']}
                extra={stored ? t('number.stored', { number: stored }) : t('number.hint')}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: async (_r, value: string | undefined) => {
                      const problem = numberMessage(getFieldValue('kind') as IpKind | undefined, value ?? '');
                      if (problem) throw new Error(problem);
                    },
                  }),
                ]}
              >
                <Input
                  autoComplete="off"
                  spellCheck={false}
                  placeholder="ZL202310123456.6"
                  style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
                  data-testid="ip-number"
                  onChange={(e) => {
                    const next = inferredKind(form.getFieldValue('kind') as IpKind | undefined, e.target.value);
                    if (next && next !== form.getFieldValue('kind')) form.setFieldValue('kind', next);
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="kind"
                label={t('fields.kind')}
                rules={[{ required: true, message: t('form.kindRequired') }]}
                extra={kind && isPatentKind(kind) ? t('form.kindFollows') : undefined}
              >
                <Select options={labels.kindOptions} data-testid="ip-kind" aria-label={t('fields.kind')} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, min: 2, max: 200 }]}>
                <Input maxLength={200} data-testid="ip-title" />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="holders" label={t('fields.holders')} extra={t('form.holdersHint')}>
                <Input maxLength={500} data-testid="ip-holders" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="appliedOn" label={t('fields.appliedOn')} rules={[{ required: true }]}>
                <DateInput style={{ width: '100%' }} data-testid="ip-applied-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="grantedOn" label={t('fields.grantedOn')}>
                <DateInput style={{ width: '100%' }} data-testid="ip-granted-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="expiresOn" label={t('fields.expiresOn')}>
                <DateInput style={{ width: '100%' }} data-testid="ip-expires-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="feeDueOn" label={t('fields.feeDueOn')} extra={t('form.feeHint')}>
                <DateInput style={{ width: '100%' }} data-testid="ip-fee-due-on" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="legalStatus" label={t('fields.legalStatus')} rules={[{ required: true }]}>
                <Select
                  options={labels.legalStatusOptions}
                  data-testid="ip-legal-status"
                  aria-label={t('fields.legalStatus')}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="acquisition" label={t('fields.acquisition')} rules={[{ required: true }]}>
                <Select
                  options={labels.acquisitionOptions}
                  data-testid="ip-acquisition"
                  aria-label={t('fields.acquisition')}
                />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button
              type="primary"
              htmlType="submit"
              loading={create.isPending || update.isPending}
              data-testid="ip-submit"
            >
              {id ? t('form.save') : t('form.create')}
            </Button>
            <LinkButton to={id ? `/my/ip/${id}` : '/my/ip'}>{t('form.cancel')}</LinkButton>
          </Space>
        </Form>
      </Card>
    </div>
  );
}
