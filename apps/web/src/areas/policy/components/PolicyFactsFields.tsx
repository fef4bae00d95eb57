import { Col, Form, Input, Row, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../kit/forms/DateInput';
import { usePolicyLabels } from '../labels';

/**
 * The facts of a document in a form — title, 文号, issuer, level, department, dates — under `prefix` (an item of a
 * Form.List in the import preview); `mark` adds a sign beside a field's label (recognised or not).
 */
export function PolicyFactsFields({
  prefix = [],
  mark,
  testIdPrefix = 'policy',
}: {
  prefix?: (string | number)[];
  mark?: (field: string) => ReactNode;
  testIdPrefix?: string;
}) {
  const { t } = useTranslation('policy');
  const labels = usePolicyLabels();
  const name = (field: string): NamePath => [...prefix, field];
  const label = (field: string, text: string) => (
    <span>
      {text} {mark?.(field)}
    </span>
  );
  const id = (field: string) => `${testIdPrefix}-${field}`;
  return (
    <Row gutter={16}>
      <Col xs={24}>
        <Form.Item
          name={name('title')}
          label={label('title', t('fields.title'))}
          rules={[{ required: true, min: 2, max: 300 }]}
        >
          <Input maxLength={300} data-testid={id('title')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('docNumber')}
          label={label('docNumber', t('fields.docNumber'))}
          extra={t('form.docNumberHint')}
        >
          <Input maxLength={100} placeholder="长高新发〔2026〕12号" data-testid={id('docNumber')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('issuer')}
          label={label('issuer', t('fields.issuer'))}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input maxLength={100} data-testid={id('issuer')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('level')} label={label('level', t('fields.level'))} rules={[{ required: true }]}>
          <Select options={labels.levelOptions} aria-label={t('fields.level')} data-testid={id('level')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('department')}
          label={label('department', t('fields.department'))}
          extra={t('form.departmentHint')}
        >
          <Input maxLength={100} data-testid={id('department')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name={name('issuedOn')}
          label={label('issuedOn', t('fields.issuedOn'))}
          extra={t('form.issuedOnHint')}
        >
          <DateInput style={{ width: '100%' }} data-testid={id('issuedOn')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={name('effectiveFrom')} label={label('effectiveFrom', t('fields.effectiveFrom'))}>
          <DateInput style={{ width: '100%' }} data-testid={id('effectiveFrom')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name={name('expiresOn')} label={label('expiresOn', t('fields.expiresOn'))}>
          <DateInput style={{ width: '100%' }} data-testid={id('expiresOn')} />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** The tags of a document in a form: support, applicants, industries and free topics. */
export function PolicyTagFields({ prefix = [] }: { prefix?: (string | number)[] }) {
  const { t } = useTranslation('policy');
  const labels = usePolicyLabels();
  const name = (field: string): NamePath => [...prefix, field];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name={name('supportKinds')} label={t('fields.supportKinds')}>
          <Select mode="multiple" options={labels.supportKindOptions} aria-label={t('fields.supportKinds')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('enterpriseKinds')} label={t('fields.enterpriseKinds')}>
          <Select mode="multiple" options={labels.enterpriseKindOptions} aria-label={t('fields.enterpriseKinds')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('industries')} label={t('fields.industries')}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={labels.industryOptions}
            aria-label={t('fields.industries')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('topics')} label={t('fields.topics')} extra={t('form.topicsHint')}>
          <Select mode="tags" open={false} suffixIcon={null} aria-label={t('fields.topics')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
