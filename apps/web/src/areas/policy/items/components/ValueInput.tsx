import { type ConditionOp, FACTS, type FactKey } from '@cz/shared/policy';
import { Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fenToYuanText, yuanToFenExact } from '../amount-form';
import { valueShape } from '../condition-tree';
import { useItemLabels } from '../labels';

type Props = {
  fact: FactKey;
  op: ConditionOp;
  value: unknown;
  onChange: (v: unknown) => void;
  testId: string;
  status?: 'error';
  disabled?: boolean;
};

/** Money typed in yuan and kept in fen; a text that is not yuan to the fen is kept as NaN, which validation refuses. */
function YuanInput({
  fen,
  onChange,
  label,
  testId,
  status,
  disabled,
}: {
  fen: unknown;
  onChange: (fen: number) => void;
  label: string;
  testId: string;
  status?: 'error';
  disabled?: boolean;
}) {
  const { t } = useTranslation('policy');
  const [text, setText] = useState(typeof fen === 'number' && Number.isSafeInteger(fen) ? fenToYuanText(fen) : '');
  // A value set from outside (another fact picked, a stored item loaded) shows as typed yuan.
  useEffect(() => {
    if (typeof fen === 'number' && Number.isSafeInteger(fen) && yuanToFenExact(text) !== fen)
      setText(fenToYuanText(fen));
    if (fen === undefined) setText('');
  }, [fen, text]);
  return (
    <Input
      value={text}
      inputMode="decimal"
      onChange={(e) => {
        setText(e.target.value);
        onChange(yuanToFenExact(e.target.value) ?? Number.NaN);
      }}
      suffix={t('items.yuan')}
      aria-label={label}
      data-testid={testId}
      status={status}
      disabled={disabled}
      className="policy-item-value"
    />
  );
}

/** One value of a fact's type: a number with its unit, yuan, yes/no, or one of the enum's options. */
function OneValue({
  fact,
  value,
  onChange,
  label,
  testId,
  status,
  disabled,
  multiple,
}: Omit<Props, 'op'> & { label: string; multiple?: boolean }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const def = FACTS[fact];
  if (def.type === 'money')
    return (
      <YuanInput fen={value} onChange={onChange} label={label} testId={testId} status={status} disabled={disabled} />
    );
  if (def.type === 'boolean')
    return (
      <Select
        className="policy-item-value"
        value={value as boolean | undefined}
        onChange={onChange}
        options={[
          { value: true, label: t('items.yes') },
          { value: false, label: t('items.no') },
        ]}
        aria-label={label}
        data-testid={testId}
        status={status}
        disabled={disabled}
      />
    );
  if (def.type === 'enum')
    return (
      <Select
        className="policy-item-value policy-item-value-wide"
        mode={multiple ? 'multiple' : undefined}
        value={value as string | string[] | undefined}
        onChange={onChange}
        options={(def.options ?? []).map((o) => ({ value: o.value, label: labels.words(o.label) }))}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('items.builder.pickValue')}
        aria-label={label}
        data-testid={testId}
        status={status}
        disabled={disabled}
      />
    );
  const unit = def.type === 'percent' ? '%' : 'unit' in def && def.unit ? labels.words(def.unit) : undefined;
  return (
    <InputNumber<number>
      className="policy-item-value"
      value={typeof value === 'number' && Number.isFinite(value) ? value : null}
      onChange={(v) => onChange(v ?? undefined)}
      suffix={unit}
      aria-label={label}
      data-testid={testId}
      status={status}
      disabled={disabled}
    />
  );
}

/** The value a test takes, by its shape: none, one, a range (from, to) or a list of the enum's options. */
export function ValueInput(props: Props) {
  const { t } = useTranslation('policy');
  const shape = valueShape(props.op);
  if (shape === 'none') return null;
  if (shape === 'range') {
    const [lo, hi] = Array.isArray(props.value) ? props.value : [undefined, undefined];
    return (
      <Space.Compact className="policy-item-range">
        <OneValue
          {...props}
          value={lo}
          onChange={(v) => props.onChange([v, hi])}
          label={t('items.builder.from')}
          testId={`${props.testId}-from`}
        />
        <OneValue
          {...props}
          value={hi}
          onChange={(v) => props.onChange([lo, v])}
          label={t('items.builder.to')}
          testId={`${props.testId}-to`}
        />
      </Space.Compact>
    );
  }
  return <OneValue {...props} label={t('items.builder.value')} multiple={shape === 'list'} />;
}
