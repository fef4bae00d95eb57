import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { fenToYuan, yuanToFen } from '@cz/shared';
import type { MarketSettings } from '@cz/shared/market';
import { App, Button, Card, Col, Form, Input, InputNumber, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useMarketSettings, useSaveMarketSettings } from '../../deals.api';

type Values = Omit<MarketSettings, 'reviewThresholdFen' | 'tradeBaseFen'> & {
  reviewThresholdYuan: number;
  tradeBaseYuan: number | null;
};

/**
 * 技术市场设置: the public-notice period of a public institution's agreed price, the registration time limits (the
 * 2026 办法 leaves them to configuration), the registration number's layout and codes, and the refusal reasons.
 */
export function MarketSettingsPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const settings = useMarketSettings();
  const save = useSaveMarketSettings();
  const [form] = Form.useForm<Values>();
  if (settings.isError) return <QueryError error={settings.error} onRetry={() => settings.refetch()} />;
  const s = settings.data;
  if (!s) return <Spin />;
  const { reviewThresholdFen, tradeBaseFen, ...rest } = s;
  const number = (name: keyof Values, label: string, min: number, max: number) => (
    <Col xs={24} md={8}>
      <Form.Item name={name} label={label} rules={[{ required: true }]}>
        <InputNumber min={min} max={max} precision={0} style={{ width: '100%' }} data-testid={`settings-${name}`} />
      </Form.Item>
    </Col>
  );
  const code = (name: keyof Values, label: string) => (
    <Col xs={24} md={8}>
      <Form.Item name={name} label={label} rules={[{ required: true, pattern: /^\d{1,4}$/ }]}>
        <Input inputMode="numeric" data-testid={`settings-${name}`} />
      </Form.Item>
    </Col>
  );
  return (
    <div>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Card>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            ...rest,
            reviewThresholdYuan: fenToYuan(reviewThresholdFen),
            tradeBaseYuan: tradeBaseFen === null ? null : fenToYuan(tradeBaseFen),
          }}
          onFinish={async ({ reviewThresholdYuan, tradeBaseYuan, ...v }) => {
            try {
              await save.mutateAsync({
                ...v,
                reviewThresholdFen: yuanToFen(reviewThresholdYuan),
                tradeBaseFen: typeof tradeBaseYuan === 'number' ? yuanToFen(tradeBaseYuan) : null,
              });
              message.success(t('settings.saved'));
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Row gutter={16}>
            {number('noticeDays', t('settings.noticeDays'), 0, 60)}
            {number('workingDays', t('settings.workingDays'), 1, 90)}
            {number('reviewWorkingDays', t('settings.reviewWorkingDays'), 1, 120)}
            <Col xs={24} md={8}>
              <Form.Item name="reviewThresholdYuan" label={t('settings.reviewThreshold')} rules={[{ required: true }]}>
                <InputNumber min={0.01} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="numberLayout"
                label={t('settings.numberLayout')}
                rules={[{ required: true, pattern: /^Y+P+C+R+S+$/ }]}
              >
                <Input data-testid="settings-numberLayout" />
              </Form.Item>
            </Col>
            {code('provinceCode', t('settings.provinceCode'))}
            {code('cityCode', t('settings.cityCode'))}
            {code('pointCode', t('settings.pointCode'))}
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('settings.target')}
          </Typography.Title>
          <Row gutter={16}>
            {number('tradeBaseYear', t('settings.baseYear'), 2000, 2100)}
            <Col xs={24} md={8}>
              <Form.Item name="tradeBaseYuan" label={t('settings.baseAmount')}>
                <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="settings-tradeBase" />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name="tradeTargetMultiple" label={t('settings.multiple')} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={999} precision={2} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item name="tradeTargetYear" label={t('settings.targetYear')} rules={[{ required: true }]}>
                <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('settings.reasons')}
          </Typography.Title>
          <Form.List name="refusalReasons">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} md={5}>
                      <Form.Item name={[f.name, 'code']} rules={[{ required: true, pattern: /^[a-z0-9_]{2,40}$/ }]}>
                        <Input aria-label={t('settings.reasonCode')} placeholder={t('settings.reasonCode')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item name={[f.name, 'zh']} rules={[{ required: true, min: 2, max: 100 }]}>
                        <Input aria-label={t('settings.reasonZh')} placeholder={t('settings.reasonZh')} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} md={9}>
                      <Form.Item name={[f.name, 'en']} rules={[{ required: true, min: 2, max: 200 }]}>
                        <Input aria-label={t('settings.reasonEn')} placeholder={t('settings.reasonEn')} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} md={2}>
                      {fields.length > 1 && (
                        <Button
                          icon={<MinusCircleOutlined />}
                          aria-label={t('contracts.remove')}
                          onClick={() => remove(f.name)}
                        />
                      )}
                    </Col>
                  </Row>
                ))}
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => add({ code: '', zh: '', en: '' })}
                  style={{ marginBottom: 16 }}
                >
                  {t('settings.addReason')}
                </Button>
              </>
            )}
          </Form.List>
          <div>
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="settings-save">
              {t('settings.save')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  );
}
