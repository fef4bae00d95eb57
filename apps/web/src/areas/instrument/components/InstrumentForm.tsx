import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { INSTRUMENT_STATUSES, type InstrumentInput, instrumentInputSchema, OPERATION_MODES } from '@cz/shared';
import { App, Button, Col, Divider, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { type Issue, showIssues, useRelocalisedErrors, zodRule } from '../../../kit/forms/zod-form';
import type { Instrument } from '../../../kit/types';
import { useCatalogLabels } from '../../catalog/labels';
import { type InstrumentFormValues, toFormValues, toInput } from './instrument-form';
import { OpeningHoursEditor } from './OpeningHoursEditor';

const shape = instrumentInputSchema.shape;
const half = { xs: 24, md: 12 };
const third = { xs: 24, sm: 12, md: 8 };

/** Every field of an instrument: basics, prices in 元, booking rules, weekly opening hours, photos. */
export function InstrumentForm({
  instrument,
  onSubmit,
  onDone,
}: {
  instrument?: Instrument;
  onSubmit: (body: InstrumentInput) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation('instrument');
  const { message } = App.useApp();
  const labels = useCatalogLabels();
  const [form] = Form.useForm<InstrumentFormValues>();
  useRelocalisedErrors(form);
  const num = (name: keyof typeof shape, label: string, opts: { precision?: number; min?: number } = {}) => (
    <Col {...third}>
      <Form.Item name={name} label={label} rules={[zodRule(shape[name] as never)]}>
        <InputNumber
          min={opts.min ?? 0}
          precision={opts.precision ?? 0}
          style={{ width: '100%' }}
          data-testid={`instrument-form-${name}`}
        />
      </Form.Item>
    </Col>
  );
  const money = (name: 'originalValue' | 'priceInternal' | 'priceExternal', label: string) => (
    <Col {...third}>
      <Form.Item name={name} label={label} rules={[{ required: true, message: t('validation.required') }]}>
        <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid={`instrument-form-${name}`} />
      </Form.Item>
    </Col>
  );
  const toggle = (name: 'trainingRequired' | 'approvalRequired' | 'voucherEligible', label: string) => (
    <Col {...third}>
      <Form.Item name={name} label={label} valuePropName="checked">
        <Switch />
      </Form.Item>
    </Col>
  );

  const submit = async (v: InstrumentFormValues) => {
    const body = toInput(v);
    const parsed = instrumentInputSchema.safeParse(body);
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
    <Form form={form} layout="vertical" onFinish={submit} initialValues={toFormValues(instrument)} scrollToFirstError>
      <Divider titlePlacement="start">{t('myInstruments.sections.basic')}</Divider>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="name" label={t('myInstruments.name')} rules={[zodRule(shape.name)]}>
            <Input maxLength={200} data-testid="instrument-form-name" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="category" label={t('instruments.category')} rules={[zodRule(shape.category)]}>
            <Select options={labels.instrumentCategoryOptions} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="model" label={t('instruments.model')} rules={[zodRule(shape.model)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="manufacturer" label={t('instruments.manufacturer')} rules={[zodRule(shape.manufacturer)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="status" label={t('myInstruments.status')}>
            <Select options={INSTRUMENT_STATUSES.map((s) => ({ value: s, label: t(`status.instrument.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="location" label={t('instruments.location')} rules={[zodRule(shape.location)]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="region" label={t('myInstruments.region')} rules={[zodRule(shape.region)]}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label={t('instruments.parameters')}>
            <Form.List name="parameters">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space.Compact key={f.key} style={{ display: 'flex', marginBottom: 8 }}>
                      <Form.Item name={[f.name, 'name']} noStyle>
                        <Input placeholder={t('instruments.paramName')} maxLength={64} style={{ width: '35%' }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'value']} noStyle>
                        <Input placeholder={t('instruments.paramValue')} maxLength={500} />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        onClick={() => remove(f.name)}
                      />
                    </Space.Compact>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', value: '' })}>
                    {t('myInstruments.addParam')}
                  </Button>
                </>
              )}
            </Form.List>
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item
            name="sampleRequirements"
            label={t('instruments.sampleRequirements')}
            rules={[zodRule(shape.sampleRequirements)]}
          >
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item name="description" label={t('instruments.description')} rules={[zodRule(shape.description)]}>
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start">{t('myInstruments.sections.prices')}</Divider>
      <Row gutter={16}>
        {money('originalValue', t('myInstruments.originalValue'))}
        {money('priceInternal', t('myInstruments.priceInternal'))}
        {money('priceExternal', t('myInstruments.priceExternal'))}
        <Col {...third}>
          <Form.Item name="operation" label={t('instruments.operation')}>
            <Select options={OPERATION_MODES.map((m) => ({ value: m, label: t(`status.operation.${m}`) }))} />
          </Form.Item>
        </Col>
        {toggle('trainingRequired', t('instruments.trainingRequired'))}
        {toggle('voucherEligible', t('myInstruments.voucherEligible'))}
      </Row>
      <Divider titlePlacement="start">{t('myInstruments.sections.rules')}</Divider>
      <Row gutter={16}>
        {num('slotMinutes', t('myInstruments.slotMinutes'), { min: 5 })}
        {num('minMinutes', t('myInstruments.minMinutes'), { min: 5 })}
        {num('maxMinutes', t('myInstruments.maxMinutes'), { min: 5 })}
        {num('minNoticeMinutes', t('myInstruments.minNoticeMinutes'))}
        {num('horizonDays', t('myInstruments.horizonDays'), { min: 1 })}
        {num('bufferMinutes', t('myInstruments.bufferMinutes'))}
        {num('cancelNoticeHours', t('myInstruments.cancelNoticeHours'))}
        {num('lateCancelPercent', t('myInstruments.lateCancelPercent'))}
        {toggle('approvalRequired', t('myInstruments.approvalRequired'))}
      </Row>
      <Divider titlePlacement="start">{t('myInstruments.sections.hours')}</Divider>
      <OpeningHoursEditor form={form} />
      <Divider titlePlacement="start">{t('myInstruments.sections.photos')}</Divider>
      <Form.Item name="photos" extra={t('myInstruments.photoHint')}>
        <FileUploader images max={12} testId="instrument-photos-upload" />
      </Form.Item>
      <Button type="primary" htmlType="submit" data-testid="instrument-form-submit">
        {t('common.save')}
      </Button>
    </Form>
  );
}
