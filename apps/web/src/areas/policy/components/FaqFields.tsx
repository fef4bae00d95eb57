import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** The FAQ of a document as ordered question/answer pairs. */
export function FaqFields() {
  const { t } = useTranslation('policy');
  return (
    <Form.List name="faq">
      {(fields, { add, remove, move }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              title={t('form.faqItem', { n: i + 1 })}
              extra={
                <Space size={4}>
                  <Button size="small" disabled={i === 0} onClick={() => move(i, i - 1)}>
                    {t('form.up')}
                  </Button>
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('form.removeFaq', { n: i + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              }
            >
              <Form.Item
                name={[field.name, 'question']}
                label={t('form.question')}
                rules={[{ required: true, min: 2 }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item name={[field.name, 'answer']} label={t('form.answer')} rules={[{ required: true }]}>
                <Input.TextArea maxLength={3000} autoSize={{ minRows: 2, maxRows: 8 }} />
              </Form.Item>
            </Card>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ question: '', answer: '' })}
            data-testid="policy-faq-add"
          >
            {t('form.addFaq')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}
