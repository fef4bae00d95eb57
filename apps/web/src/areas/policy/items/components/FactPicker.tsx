import { FACTS, type FactKey } from '@cz/shared/policy';
import { Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { factsBySource } from '../condition-tree';
import { useItemLabels } from '../labels';

const GROUPS = factsBySource();

/**
 * The fact catalogue as a searchable picker, grouped by where the platform reads each fact; an option shows the
 * label in both languages, and typing either finds it.
 */
export function FactPicker({
  value,
  onChange,
  only,
  testId,
  status,
  disabled,
}: {
  value: FactKey | undefined;
  onChange: (fact: FactKey) => void;
  /** Only facts of these types (an amount's ratio takes money facts). */
  only?: readonly string[];
  testId?: string;
  status?: 'error';
  disabled?: boolean;
}) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const options = useMemo(
    () =>
      GROUPS.map((g) => ({
        label: labels.source(g.source),
        title: labels.source(g.source),
        options: g.facts
          .filter((f) => !only || only.includes(FACTS[f].type))
          .map((f) => ({
            value: f,
            label: (
              <span>
                {labels.fact(f)} <span className="policy-item-secondary">{labels.factOther(f)}</span>
              </span>
            ),
            search: `${FACTS[f].label.zh} ${FACTS[f].label.en} ${f}`,
          })),
      })).filter((g) => g.options.length > 0),
    [labels, only],
  );
  return (
    <Select<FactKey>
      className="policy-item-fact"
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'search' }}
      placeholder={t('items.builder.pickFact')}
      aria-label={t('items.builder.fact')}
      data-testid={testId}
      status={status}
      disabled={disabled}
      popupMatchSelectWidth={false}
    />
  );
}
