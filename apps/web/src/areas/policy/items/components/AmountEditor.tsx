import { computeAmount } from '@cz/shared/policy';
import { Form, Input, Radio, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { issueMessage } from '../../../../kit/forms/zod-form';
import { AMOUNT_KINDS, type AmountDraft, checkAmount } from '../amount-form';
import { useItemLabels } from '../labels';
import { FactPicker } from './FactPicker';

const message = (code: string | undefined) =>
  code ? issueMessage({ code: 'custom', message: code, path: [] }) : undefined;

/**
 * What an item pays, in every kind the contract has: a fixed sum, a share of a money fact with a cap and a floor,
 * an amount per unit of a count with a cap, or "decided in review" in both languages. Sums are typed in yuan and
 * kept exactly in fen; the calculation is shown for a sample figure as the enterprise will read it.
 */
export function AmountEditor({
  value,
  onChange,
  disabled,
}: {
  value?: AmountDraft;
  onChange?: (v: AmountDraft) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const d = value as AmountDraft;
  const { amount, issues } = useMemo(() => checkAmount(d), [d]);
  const set = (patch: Partial<AmountDraft>) => onChange?.({ ...d, ...patch });
  const field = (
    key: keyof AmountDraft,
    issueKey: string,
    label: string,
    testId: string,
    suffix: string | null = t('items.yuan'),
  ) => (
    <Form.Item
      label={label}
      validateStatus={issues[issueKey] && d[key] !== '' ? 'error' : undefined}
      help={d[key] !== '' || issueKey === 'floorFen' ? message(issues[issueKey]) : undefined}
      className="policy-item-amount-field"
      htmlFor={testId}
    >
      <Input
        id={testId}
        value={String(d[key] ?? '')}
        onChange={(e) => set({ [key]: e.target.value })}
        inputMode="decimal"
        suffix={suffix ?? undefined}
        data-testid={testId}
        disabled={disabled}
      />
    </Form.Item>
  );
  // The calculation for a sample figure of 1,000,000 yuan (or 3 units), so the editor sees how it reads.
  const sample = useMemo(() => {
    if (!amount || amount.kind === 'fixed' || amount.kind === 'manual')
      return amount ? computeAmount(amount, {}) : null;
    return computeAmount(amount, { [amount.fact]: amount.kind === 'ratio' ? 100_000_000 : 3 });
  }, [amount]);
  return (
    <div data-testid="amount-editor" data-kind={d.kind} data-valid={!!amount}>
      <Radio.Group
        value={d.kind}
        onChange={(e) => set({ kind: e.target.value })}
        options={AMOUNT_KINDS.map((k) => ({ value: k, label: t(`items.amount.kinds.${k}`) }))}
        optionType="button"
        aria-label={t('items.fields.amount')}
        disabled={disabled}
        className="policy-item-kinds"
      />
      <div className="policy-item-amount">
        {d.kind === 'fixed' && field('fixedYuan', 'amountFen', t('items.amount.fixed'), 'amount-fixed')}
        {(d.kind === 'ratio' || d.kind === 'perUnit') && (
          <Form.Item
            label={d.kind === 'ratio' ? t('items.amount.ratioOf') : t('items.amount.perUnitOf')}
            validateStatus={issues.fact && d.fact ? 'error' : undefined}
            help={d.fact ? message(issues.fact) : undefined}
            className="policy-item-amount-field"
          >
            <FactPicker
              value={d.fact}
              onChange={(fact) => set({ fact })}
              only={d.kind === 'ratio' ? ['money'] : ['number']}
              testId="amount-fact"
              disabled={disabled}
            />
          </Form.Item>
        )}
        {d.kind === 'ratio' && field('percent', 'ratioBp', t('items.amount.percent'), 'amount-percent', '%')}
        {d.kind === 'perUnit' && field('unitYuan', 'unitFen', t('items.amount.unit'), 'amount-unit')}
        {(d.kind === 'ratio' || d.kind === 'perUnit') &&
          field('capYuan', 'capFen', t('items.amount.cap'), 'amount-cap')}
        {d.kind === 'ratio' && field('floorYuan', 'floorFen', t('items.amount.floor'), 'amount-floor')}
        {d.kind === 'manual' && (
          <>
            {field('zh', 'words', t('items.amount.wordsZh'), 'amount-words-zh', null)}
            {field('en', 'words', t('items.amount.wordsEn'), 'amount-words-en', null)}
          </>
        )}
      </div>
      <Space orientation="vertical" size={0}>
        {sample ? (
          <Typography.Text type="secondary" data-testid="amount-preview">
            {d.kind === 'ratio' || d.kind === 'perUnit' ? t('items.amount.example') : t('items.amount.reads')}
            {labels.words(sample.words)}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('items.amount.incomplete')}</Typography.Text>
        )}
      </Space>
    </div>
  );
}
