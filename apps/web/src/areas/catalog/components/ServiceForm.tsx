import { PRICING_MODES, type ServiceInput, serviceInputSchema, yuanToFen } from '@cz/shared';
import { App, Button, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { type Issue, showIssues, useRelocalisedErrors, zodRule } from '../../../kit/forms/zod-form';
import type { Service } from '../../../kit/types';
import { useCatalogLabels } from '../labels';

type Values = Omit<ServiceInput, 'price'> & { price?: number | null };
const shape = serviceInputSchema.shape;

/** Lists or edits a service (not instrument time, which is kept with its instrument); prices typed in 元. */
export function ServiceForm({
  service,
  onSubmit,
  onDone,
}: {
  service?: Service;
  onSubmit: (body: ServiceInput) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation('catalog');
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const pricing = Form.useWatch('pricing', form);

  const submit = async (v: Values) => {
    const body: ServiceInput = {
      ...v,
      price: v.pricing === 'quote' || v.price === null || v.price === undefined ? null : yuanToFen(v.price),
    };
    const parsed = serviceInputSchema.safeParse(body);
    if (!parsed.success) return showIssues(form, parsed.error.issues as Issue[]);
    try {
      await onSubmit(body);
      message.success(t('common.saved'));
      onDone();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={
        service
          ? { ...service, price: service.price === null ? null : service.price / 100 }
          : { pricing: 'fixed', leadTimeDays: 5, region: '长治市', qualifications: [], voucherEligible: false }
      }
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="category" label={t('myServices.category')} rules={[zodRule(shape.category)]}>
            <Select
              options={labels.serviceCategoryOptions.filter((o) => o.value !== 'instrument')}
              data-testid="service-form-category"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('myServices.titleField')} rules={[zodRule(shape.title)]}>
            <Input maxLength={200} data-testid="service-form-title" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="pricing" label={t('myServices.pricing')} rules={[zodRule(shape.pricing)]}>
            <Select options={PRICING_MODES.map((p) => ({ value: p, label: t(`status.pricing.${p}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="price"
            label={t('myServices.price')}
            rules={pricing === 'quote' ? [] : [{ required: true, message: t('validation.service.price_required') }]}
          >
            <InputNumber
              min={0}
              precision={2}
              disabled={pricing === 'quote'}
              style={{ width: '100%' }}
              data-testid="service-form-price"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="leadTimeDays" label={t('myServices.leadTimeDays')} rules={[zodRule(shape.leadTimeDays)]}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="qualifications" label={t('myServices.qualifications')}>
            <Select
              mode="tags"
              tokenSeparators={[',', '，']}
              placeholder={t('myServices.qualificationsPlaceholder')}
              open={false}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="region" label={t('myServices.region')} rules={[zodRule(shape.region)]}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="voucherEligible" label={t('myServices.voucherEligible')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('myServices.description')} rules={[zodRule(shape.description)]}>
            <Input.TextArea rows={6} maxLength={20000} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" data-testid="service-form-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
