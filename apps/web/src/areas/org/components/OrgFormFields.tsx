import { orgInputSchema } from '@cz/shared';
import { AutoComplete, Checkbox, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../kit/forms/DateInput';
import { zodRule } from '../../../kit/forms/zod-form';
import { useLabels } from '../labels';
import { UsccField } from './UsccField';

const shape = orgInputSchema.shape;
const half = { xs: 24, md: 12 };
/** Rules from the shared schema; fields whose form value differs from the wire value are checked on submit instead. */
const rule = (key: keyof typeof shape) => [zodRule(shape[key])];

type Props = {
  /** Where the organisation sits in the form's values: [] or ['org'] for registration. */
  prefix?: string[];
  /** data-testid prefix: `reg` gives reg-org-name, reg-uscc. */
  testIdPrefix?: string;
  showKind?: boolean;
  disabled?: boolean;
  /** Heading of the first section, when the form around it needs a more specific one. */
  firstTitle?: string;
};

function Section({ children }: { children: ReactNode }) {
  return (
    <Divider titlePlacement="start" plain style={{ marginTop: 8 }}>
      <strong>{children}</strong>
    </Divider>
  );
}

/** The fields of orgInputSchema, laid out in two columns that become one on phones. */
export function OrgFormFields({
  prefix = [],
  testIdPrefix = 'org',
  showKind = false,
  disabled = false,
  firstTitle,
}: Props) {
  const { t } = useTranslation('org');
  const labels = useLabels();
  const n = (key: string) => [...prefix, key];
  const label = (key: string) => t(`org.fields.${key}` as 'org.fields.name');

  return (
    <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Section>{firstTitle ?? t('org.sections.basic')}</Section>
      <Row gutter={16}>
        {showKind && (
          <Col {...half}>
            <Form.Item name={n('kind')} label={label('kind')} required rules={rule('kind')}>
              <Select options={labels.kindOptions} data-testid={`${testIdPrefix}-kind`} />
            </Form.Item>
          </Col>
        )}
        <Col {...half}>
          <Form.Item name={n('name')} label={label('name')} required rules={rule('name')}>
            <Input maxLength={200} data-testid={`${testIdPrefix}-org-name`} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <UsccField name={n('uscc')} testId={`${testIdPrefix}-uscc`} />
        </Col>
        <Col {...half}>
          <Form.Item name={n('legalRep')} label={label('legalRep')} rules={rule('legalRep')}>
            <Input maxLength={64} data-testid={`${testIdPrefix}-legal-rep`} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('foundedOn')} label={label('foundedOn')}>
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('registeredCapital')} label={label('registeredCapital')}>
            <InputNumber min={0} max={100_000_000} precision={2} style={{ width: '100%' }} suffix={t('org.wan')} />
          </Form.Item>
        </Col>
      </Row>

      <Section>{t('org.sections.contact')}</Section>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name={n('contactName')} label={label('contactName')} rules={rule('contactName')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('contactPhone')} label={label('contactPhone')} rules={rule('contactPhone')}>
            <Input maxLength={32} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('contactEmail')} label={label('contactEmail')} rules={rule('contactEmail')}>
            <Input maxLength={128} inputMode="email" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('address')} label={label('address')} rules={rule('address')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>

      <Section>{t('org.sections.industry')}</Section>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name={n('park')} label={label('park')} rules={rule('park')}>
            <AutoComplete options={labels.parkOptions} placeholder={t('org.parkPlaceholder')} allowClear />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('industry')} label={label('industry')}>
            <Select options={labels.industryOptions} allowClear showSearch={{ optionFilterProp: 'label' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('industryChain')} label={label('industryChain')}>
            <Select options={labels.chainOptions} allowClear />
          </Form.Item>
        </Col>
      </Row>

      <Section>{t('org.sections.qualifications')}</Section>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name={n('isAboveScale')} valuePropName="checked">
            <Checkbox>{label('isAboveScale')}</Checkbox>
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('isSpecialized')} valuePropName="checked">
            <Checkbox>{label('isSpecialized')}</Checkbox>
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('hteCertNo')} label={label('hteCertNo')} rules={rule('hteCertNo')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('tsmeRegNo')} label={label('tsmeRegNo')} rules={rule('tsmeRegNo')}>
            <Input maxLength={64} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('hteValidFrom')} label={label('hteValidFrom')}>
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name={n('hteValidTo')} label={label('hteValidTo')} dependencies={[n('hteValidFrom')]}>
            <DateInput style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </fieldset>
  );
}
