import { fenToYuan, yuanToFen } from '@cz/shared';
import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Switch, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { useFormatMoney } from '../../../kit/money';
import { type SubsidyProposal, usePutSubsidyRule, useSubsidy, useSubsidyRule } from '../api';
import { percent } from './SharingTable';

type Values = { ownerPercent: number; ownerCap: number; excludeRelated: boolean; minSharePercent: number };

/** The year's 后补助 rule (cap typed in 元) and the proposals it gives. */
export function SubsidyCard({ year }: { year: number }) {
  const { t } = useTranslation('sharing');
  const { message } = App.useApp();
  const money = useFormatMoney();
  const rule = useSubsidyRule(year);
  const put = usePutSubsidyRule();
  const subsidy = useSubsidy(year, !!rule.data);
  const [form] = Form.useForm<Values>();

  useEffect(() => {
    form.setFieldsValue(
      rule.data
        ? { ...rule.data, ownerCap: fenToYuan(rule.data.ownerCap) }
        : { ownerPercent: 20, ownerCap: 100_000, excludeRelated: true, minSharePercent: 30 },
    );
  }, [rule.data, form]);

  return (
    <Card className="page-card" title={t('sharing.rule', { year })}>
      {rule.data === null && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('sharing.noRule', { year })} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          try {
            await put.mutateAsync({ year, ...v, ownerCap: yuanToFen(v.ownerCap) });
            message.success(t('sharing.ruleSaved'));
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={12} md={5}>
            <Form.Item name="ownerPercent" label={t('sharing.ownerPercent')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="rule-percent" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ownerCap" label={t('sharing.ownerCap')} rules={[{ required: true }]}>
              <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="rule-cap" />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="minSharePercent" label={t('sharing.minSharePercent')} rules={[{ required: true }]}>
              <InputNumber min={0} max={100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="excludeRelated" label={t('sharing.excludeRelated')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col xs={24} md={3}>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={put.isPending} data-testid="rule-save">
                {t('common.save')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {subsidy.data && (
        <>
          <Typography.Title level={5}>
            {t('sharing.proposals')} · {t('sharing.total', { amount: money(subsidy.data.total) })}
          </Typography.Title>
          <DataTable<SubsidyProposal>
            rowKey="providerId"
            size="small"
            dataSource={subsidy.data.proposals}
            loading={subsidy.isFetching}
            pagination={false}
            scroll={{ x: 900 }}
            data-testid="subsidy-table"
            columns={[
              { title: t('sharing.provider'), dataIndex: 'providerName', width: 200 },
              { title: t('sharing.instruments'), dataIndex: 'instruments', width: 70, align: 'right' },
              { title: t('sharing.shareRate'), dataIndex: 'shareRate', width: 90, align: 'right', render: percent },
              {
                title: t('sharing.externalRevenue'),
                dataIndex: 'externalRevenue',
                width: 120,
                align: 'right',
                render: (v: number) => money(v),
              },
              {
                title: t('sharing.relatedRevenue'),
                dataIndex: 'relatedRevenue',
                width: 120,
                align: 'right',
                render: (v: number) => money(v),
              },
              {
                title: t('sharing.eligibleRevenue'),
                dataIndex: 'eligibleRevenue',
                width: 120,
                align: 'right',
                render: (v: number) => money(v),
              },
              {
                title: t('sharing.proposed'),
                dataIndex: 'proposed',
                width: 140,
                align: 'right',
                render: (v: number, p) => (
                  <>
                    <Typography.Text strong>{money(v)}</Typography.Text>{' '}
                    {p.capped && <Tag color="orange">{t('sharing.capped')}</Tag>}
                  </>
                ),
              },
              {
                title: t('sharing.reason'),
                dataIndex: 'reason',
                width: 140,
                render: (r: SubsidyProposal['reason']) => (
                  <Tag color={r === 'ok' ? 'green' : 'default'}>{t(`sharing.reasons.${r}`)}</Tag>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
