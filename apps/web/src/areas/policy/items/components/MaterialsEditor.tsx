import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { isPerYear, MATERIAL_KIND_CODES, MATERIAL_KINDS, type MaterialKind } from '@cz/shared/materials';
import { Button, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../../kit/forms/DateInput';
import { useItemLabels } from '../labels';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4];

/**
 * The materials an application needs, as kinds of the materials vault: a yearly kind for the latest year, the last
 * two or three, or a given year; a certificate valid on a given date or simply current. Applications take them from
 * the vault and ask only for what is missing.
 */
export function MaterialsEditor({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const kindOptions = MATERIAL_KIND_CODES.map((k) => ({ value: k, label: labels.words(MATERIAL_KINDS[k]) }));
  const yearOptions = [
    { value: 'latest', label: t('items.materials.years.latest') },
    { value: 'last2', label: t('items.materials.years.last2') },
    { value: 'last3', label: t('items.materials.years.last3') },
    ...YEARS.map((y) => ({ value: y, label: t('items.materials.year', { year: y }) })),
  ];
  return (
    <Form.List name="materials">
      {(fields, { add, remove }) => (
        <div data-testid="materials-editor" data-count={fields.length}>
          {fields.length === 0 && (
            <Typography.Paragraph type="secondary">{t('items.materials.none')}</Typography.Paragraph>
          )}
          {fields.map((f, i) => (
            <div key={f.key} className="policy-item-row" data-testid={`material-${i}`}>
              <Form.Item
                name={[f.name, 'kind']}
                rules={[{ required: true, message: t('items.materials.kindRequired') }]}
                className="policy-item-inline"
              >
                <Select<MaterialKind>
                  className="policy-item-fact"
                  options={kindOptions}
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('items.materials.kind')}
                  aria-label={t('items.materials.kind')}
                  data-testid={`material-kind-${i}`}
                  disabled={disabled}
                />
              </Form.Item>
              <Form.Item noStyle shouldUpdate>
                {({ getFieldValue }) => {
                  const kind = getFieldValue(['materials', f.name, 'kind']) as MaterialKind | undefined;
                  if (!kind) return null;
                  return isPerYear(kind) ? (
                    <Form.Item name={[f.name, 'year']} className="policy-item-inline" initialValue="latest">
                      <Select
                        className="policy-item-op"
                        options={yearOptions}
                        aria-label={t('items.materials.period')}
                        data-testid={`material-year-${i}`}
                        disabled={disabled}
                      />
                    </Form.Item>
                  ) : (
                    <Form.Item name={[f.name, 'validOn']} className="policy-item-inline">
                      <DateInput
                        placeholder={t('items.materials.validOn')}
                        aria-label={t('items.materials.validOn')}
                        data-testid={`material-valid-on-${i}`}
                        disabled={disabled}
                      />
                    </Form.Item>
                  );
                }}
              </Form.Item>
              {!disabled && (
                <Button
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  onClick={() => remove(f.name)}
                  aria-label={t('items.materials.remove')}
                  data-testid={`material-remove-${i}`}
                />
              )}
            </div>
          ))}
          {!disabled && (
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})} data-testid="material-add">
              {t('items.materials.add')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
