import { Col, Form, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';

/** A term as three numbers, lowest, usual and highest, under `name` (`amount.min`, `amount.default`, `amount.max`). */
export function RangeInputs({
  name,
  label,
  suffix,
  precision = 0,
  min,
  testId,
  extra,
}: {
  name: string;
  label: string;
  suffix: string;
  precision?: number;
  min?: number;
  testId: string;
  extra?: string;
}) {
  const { t } = useTranslation('finance');
  const part = (key: 'min' | 'default' | 'max', text: string) => (
    <Col xs={24} md={8}>
      <Form.Item
        name={[name, key]}
        label={`${label} · ${text}`}
        rules={[{ required: true }]}
        extra={key === 'min' ? extra : undefined}
      >
        <InputNumber
          style={{ width: '100%' }}
          precision={precision}
          min={min}
          suffix={suffix}
          data-testid={`${testId}-${key}`}
        />
      </Form.Item>
    </Col>
  );
  return (
    <Row gutter={12}>
      {part('min', t('fields.min'))}
      {part('default', t('fields.default'))}
      {part('max', t('fields.max'))}
    </Row>
  );
}
