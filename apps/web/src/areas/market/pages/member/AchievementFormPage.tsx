import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type AchievementInput, achievementInputSchema, MAX_ACHIEVEMENT_FILES } from '@cz/shared/market';
import { App, Button, Card, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { fenToWan, wanToFen } from '../../../../kit/money';
import { useIpList } from '../../../ip/api';
import { useAchievement, useCreateAchievement, useUpdateAchievement } from '../../api';
import { useMarketLabels } from '../../labels';

type Values = Omit<AchievementInput, 'priceFen'> & { priceWan: number | null };

/** Offers a new achievement of the organisation, or changes a draft, returned or withdrawn one. */
export function AchievementFormPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id) || undefined;
  const existing = useAchievement(id);
  const create = useCreateAchievement();
  const update = useUpdateAchievement();
  const labels = useMarketLabels();
  const ip = useIpList({ page: 1, pageSize: 200 });
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const negotiable = Form.useWatch('negotiable', form);
  // The uploader shows the files it was given when it mounts: it mounts again once the achievement's are in the form.
  const [loaded, setLoaded] = useState<{ at: number; names: Record<string, string> }>({ at: 0, names: {} });

  useEffect(() => {
    const a = existing.data;
    if (!a) return;
    form.setFieldsValue({
      ...a,
      priceWan: a.priceFen === null ? null : fenToWan(a.priceFen),
      attachments: a.attachments.map((f) => f.hash),
    });
    setLoaded({ at: existing.dataUpdatedAt, names: Object.fromEntries(a.attachments.map((f) => [f.hash, f.name])) });
  }, [existing.data, existing.dataUpdatedAt, form]);

  const submit = async (v: Values) => {
    const { priceWan, ...rest } = v;
    const body: AchievementInput = {
      ...rest,
      priceFen: v.negotiable || priceWan === null || priceWan === undefined ? null : wanToFen(priceWan),
      team: (v.team ?? []).filter((m) => m?.name),
    };
    const parsed = achievementInputSchema.safeParse(body);
    if (!parsed.success) {
      showIssues(
        form,
        (parsed.error.issues as Issue[]).map((i) => (i.path[0] === 'priceFen' ? { ...i, path: ['priceWan'] } : i)),
      );
      return;
    }
    try {
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      message.success(id ? t('form.saved') : t('form.created'));
      navigate(`/my/market/achievements/${saved.id}`);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader title={id ? t('form.editTitle') : t('form.newTitle')} subtitle={t('form.subtitle')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            transferModes: ['transfer'],
            negotiable: false,
            keywords: [],
            team: [],
            ipRecordIds: [],
            attachments: [],
            attachmentsPublic: false,
          }}
          data-testid="achievement-form"
        >
          <Form.Item name="title" label={t('fields.title')} rules={[{ required: true, min: 4, max: 200 }]}>
            <Input data-testid="achievement-title" maxLength={200} />
          </Form.Item>
          <Form.Item
            name="summary"
            label={t('fields.summary')}
            extra={t('form.summaryHint')}
            rules={[{ required: true, min: 20, max: 4000 }]}
          >
            <Input.TextArea data-testid="achievement-summary" rows={5} maxLength={4000} showCount />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="field" label={t('fields.field')} rules={[{ required: true }]}>
                <Select options={labels.fieldOptions} aria-label={t('fields.field')} data-testid="achievement-field" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="stage" label={t('fields.stage')} rules={[{ required: true }]}>
                <Select options={labels.stageOptions} aria-label={t('fields.stage')} data-testid="achievement-stage" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="maturityEvidence" label={t('fields.maturityEvidence')} extra={t('form.evidenceHint')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="transferModes"
            label={t('fields.modes')}
            // No `required`: antd would set aria-required on the group, which a group of checkboxes may not carry.
            rules={[{ type: 'array', min: 1, message: t('form.modesNeeded') }]}
          >
            <Checkbox.Group options={labels.modeOptions} data-testid="achievement-modes" />
          </Form.Item>
          <Row gutter={12} align="middle">
            <Col xs={24} md={8}>
              <Form.Item name="negotiable" label={t('fields.negotiable')} valuePropName="checked">
                <Switch data-testid="achievement-negotiable" aria-label={t('fields.negotiable')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item name="priceWan" label={t('fields.priceWan')} rules={negotiable ? [] : [{ required: true }]}>
                <InputNumber
                  min={0}
                  precision={2}
                  disabled={negotiable}
                  style={{ width: '100%' }}
                  suffix={t('form.wan')}
                  data-testid="achievement-price"
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="keywords" label={t('fields.keywords')} extra={t('form.keywordsHint')}>
            <Select mode="tags" maxCount={10} aria-label={t('fields.keywords')} tokenSeparators={[',', '，', ' ']} />
          </Form.Item>
          <Form.Item name="ipRecordIds" label={t('fields.ip')} extra={t('form.ipHint')}>
            <Select
              mode="multiple"
              aria-label={t('fields.ip')}
              loading={ip.isLoading}
              optionFilterProp="label"
              options={(ip.data?.items ?? [])
                .filter((r) => r.verification !== 'rejected')
                .map((r) => ({ value: r.id, label: `${r.title}（${r.number}）` }))}
            />
          </Form.Item>
          <Form.List name="team">
            {(fields, { add, remove }) => (
              <Form.Item label={t('fields.team')} extra={t('form.teamHint')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, max: 50 }]}>
                      <Input placeholder={t('form.memberName')} aria-label={t('form.memberName')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'title']}>
                      <Input placeholder={t('form.memberTitle')} aria-label={t('form.memberTitle')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'role']}>
                      <Input placeholder={t('form.memberRole')} aria-label={t('form.memberRole')} />
                    </Form.Item>
                    <Button
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('form.removeMember')}
                    />
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ name: '', title: '', role: '' })}>
                  {t('form.addMember')}
                </Button>
              </Form.Item>
            )}
          </Form.List>
          <Form.Item name="attachments" label={t('fields.attachments')} extra={t('form.attachmentsHint')}>
            <FileUploader key={loaded.at} names={loaded.names} max={MAX_ACHIEVEMENT_FILES} testId="achievement-files" />
          </Form.Item>
          <Form.Item
            name="attachmentsPublic"
            label={t('fields.attachmentsPublic')}
            extra={t('form.attachmentsPublicHint')}
            valuePropName="checked"
          >
            <Switch aria-label={t('fields.attachmentsPublic')} data-testid="achievement-files-public" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending || update.isPending}
            data-testid="achievement-save"
          >
            {id ? t('form.save') : t('form.create')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
