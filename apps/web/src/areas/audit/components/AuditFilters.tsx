import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel, auditEntityLabel } from '@cz/shared/audit';
import { Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../app/i18n/LocaleProvider';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { DateRangeInput } from '../../../kit/forms/DateInput';
import type { UrlPatch } from '../../../kit/list/url-state';

export type AuditUrlFilters = {
  q?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number;
  from?: string;
  to?: string;
};
type Values = {
  q?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
};

const col = (xl: number) => ({ xs: 24, sm: 12, lg: 8, xl });

/** Filters are applied on Search and kept in the URL; dates are calendar days in Asia/Shanghai. */
export function AuditFilters({ value, onApply }: { value: AuditUrlFilters; onApply: (patch: UrlPatch) => void }) {
  const { t } = useTranslation('audit');
  const { locale } = useLocale();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({
      q: value.q,
      action: value.action,
      entity: value.entity,
      entityId: value.entityId,
      actorId: value.actorId ?? null,
      range: value.from || value.to ? [fromIsoDate(value.from) ?? null, fromIsoDate(value.to) ?? null] : null,
    });
  }, [value.q, value.action, value.entity, value.entityId, value.actorId, value.from, value.to, form]);

  const apply = (v: Values) =>
    onApply({
      q: v.q?.trim(),
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
        <Col span={24}>
          <Form.Item name="q">
            <Input
              allowClear
              placeholder={t('audit.searchPlaceholder')}
              aria-label={t('audit.searchPlaceholder')}
              data-testid="audit-q"
            />
          </Form.Item>
        </Col>
        <Col {...col(5)}>
          <Form.Item name="action">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('audit.action')}
              aria-label={t('audit.action')}
              options={Object.keys(AUDIT_ACTION_LABELS).map((a) => ({ value: a, label: auditActionLabel(a, locale) }))}
              data-testid="audit-action"
            />
          </Form.Item>
        </Col>
        <Col {...col(4)}>
          <Form.Item name="entity">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('audit.entity')}
              aria-label={t('audit.entity')}
              options={Object.keys(AUDIT_ENTITY_LABELS).map((e) => ({ value: e, label: auditEntityLabel(e, locale) }))}
            />
          </Form.Item>
        </Col>
        <Col {...col(3)}>
          <Form.Item name="entityId">
            <Input allowClear placeholder={t('audit.entityId')} aria-label={t('audit.entityId')} />
          </Form.Item>
        </Col>
        <Col {...col(3)}>
          <Form.Item name="actorId">
            <InputNumber
              min={1}
              precision={0}
              style={{ width: '100%' }}
              placeholder={t('audit.actorId')}
              aria-label={t('audit.actorId')}
            />
          </Form.Item>
        </Col>
        <Col {...col(6)}>
          <Form.Item name="range">
            <DateRangeInput
              allowEmpty={[true, true]}
              style={{ width: '100%' }}
              aria-label={t('audit.range')}
              placeholder={[t('audit.from'), t('audit.to')]}
            />
          </Form.Item>
        </Col>
        <Col flex="none" style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
          <Button type="primary" htmlType="submit" data-testid="audit-search">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({ q: null, action: null, entity: null, entityId: null, actorId: null, from: null, to: null });
            }}
          >
            {t('common.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
