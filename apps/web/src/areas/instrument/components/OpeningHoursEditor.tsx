import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { WEEKDAYS } from '@cz/shared';
import { Button, Form, type FormInstance, Space, TimePicker, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstrumentFormValues, Window } from './instrument-form';

/** Opening windows per weekday, several a day (e.g. morning and afternoon), in Shanghai time. */
export function OpeningHoursEditor({ form }: { form: FormInstance<InstrumentFormValues> }) {
  const { t } = useTranslation('instrument');
  const copyMonday = () => {
    const mon = (form.getFieldValue(['openingHours', 'mon']) ?? []) as Window[];
    for (const d of ['tue', 'wed', 'thu', 'fri'] as const)
      form.setFieldValue(
        ['openingHours', d],
        mon.map((w) => [...w]),
      );
  };
  return (
    <div data-testid="opening-hours">
      <Button size="small" onClick={copyMonday} style={{ marginBottom: 12 }}>
        {t('myInstruments.copyToWeekdays')}
      </Button>
      {WEEKDAYS.map((d) => (
        <div key={d} style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-start', marginBottom: 8 }}>
          <Typography.Text strong style={{ width: 48, lineHeight: '32px' }}>
            {t(`myInstruments.weekdays.${d}`)}
          </Typography.Text>
          <Form.List name={['openingHours', d]}>
            {(fields, { add, remove }) => (
              <Space size={[8, 8]} wrap style={{ flex: 1 }}>
                {fields.map((f) => (
                  <Space.Compact key={f.key}>
                    <Form.Item
                      name={f.name}
                      noStyle
                      rules={[
                        {
                          validator: async (_r, w: Window | null) => {
                            if (!w?.[0] || !w[1]) throw new Error(t('validation.required'));
                            if (!w[0].isBefore(w[1])) throw new Error(t('validation.opening.window_order'));
                          },
                        },
                      ]}
                    >
                      <TimePicker.RangePicker
                        format="HH:mm"
                        minuteStep={5}
                        needConfirm={false}
                        style={{ width: 190 }}
                      />
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} aria-label={t('common.delete')} onClick={() => remove(f.name)} />
                  </Space.Compact>
                ))}
                {fields.length < 6 && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                    {fields.length === 0 ? t('myInstruments.addWindow') : ''}
                  </Button>
                )}
                {fields.length === 0 && <Typography.Text type="secondary">{t('instruments.closed')}</Typography.Text>}
              </Space>
            )}
          </Form.List>
        </div>
      ))}
    </div>
  );
}
