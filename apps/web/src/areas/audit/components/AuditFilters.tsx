import { AutoComplete, Button, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import type { UrlPatch } from '../../../kit/list/url-state';

export type AuditUrlFilters = {
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number;
  from?: string;
  to?: string;
};
type Values = {
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const ENTITIES = ['organisation', 'org_indicator', 'user', 'system'];
const col = (xl: number) => ({ xs: 24, sm: 12, lg: 8, xl });

/** Filters are applied on Search and kept in the URL; dates are calendar days in Asia/Shanghai. */
export function AuditFilters({ value, onApply }: { value: AuditUrlFilters; onApply: (patch: UrlPatch) => void }) {
  const { t } = useTranslation('audit');
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({
      action: value.action,
      entity: value.entity,
      entityId: value.entityId,
      actorId: value.actorId ?? null,
      range: value.from || value.to ? [fromIsoDate(value.from) ?? null, fromIsoDate(value.to) ?? null] : null,
    });
  }, [value.action, value.entity, value.entityId, value.actorId, value.from, value.to, form]);

  const apply = (v: Values) =>
    onApply({
      action: v.action?.trim(),
      entity: v.entity?.trim(),
      entityId: v.entityId?.trim(),
      actorId: v.actorId ?? undefined,
      from: toIsoDate(v.range?.[0]),
      to: toIsoDate(v.range?.[1]),
    });

  return (
    <Form form={form} onFinish={apply} className="filter-bar">
      <Row gutter={[12, 0]}>
        <Col {...col(5)}>
          <Form.Item name="action">
            <Input allowClear placeholder={t('audit.actionPlaceholder')} data-testid="audit-action" />
          </Form.Item>
        </Col>
        <Col {...col(4)}>
          <Form.Item name="entity">
            <AutoComplete allowClear placeholder={t('audit.entity')} options={ENTITIES.map((e) => ({ value: e }))} />
          </Form.Item>
        </Col>
        <Col {...col(3)}>
          <Form.Item name="entityId">
            <Input allowClear placeholder={t('audit.entityId')} />
          </Form.Item>
        </Col>
        <Col {...col(3)}>
          <Form.Item name="actorId">
            <InputNumber min={1} precision={0} style={{ width: '100%' }} placeholder={t('audit.actorId')} />
          </Form.Item>
        </Col>
        <Col {...col(6)}>
          <Form.Item name="range">
            <DatePicker.RangePicker allowEmpty={[true, true]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col flex="none" style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({ action: null, entity: null, entityId: null, actorId: null, from: null, to: null });
            }}
          >
            {t('common.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
