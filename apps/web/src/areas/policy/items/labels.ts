import {
  type ConditionOp,
  FACTS,
  type FactKey,
  type FactSource,
  type ItemStatus,
  POLICY_ITEM_STATUSES,
} from '@cz/shared/policy';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export const ITEM_STATUS_COLORS: Record<ItemStatus, string> = {
  draft: 'default',
  published: 'success',
  closed: 'orange',
  withdrawn: 'error',
};

/** The words of the items' states, the facts' sources and tests, with options for the filters and pickers. */
export function useItemLabels() {
  const { t, i18n } = useTranslation('policy');
  const en = i18n.language.startsWith('en');
  return useMemo(() => {
    const status = (s: ItemStatus) => t(`items.status.${s}`);
    const source = (s: FactSource) => t(`items.source.${s}`);
    const op = (o: ConditionOp) => t(`items.op.${o}`);
    /** A fact's label in the reader's language, and in the other one beside it (the catalogue has both). */
    const fact = (k: FactKey) => (en ? FACTS[k].label.en : FACTS[k].label.zh);
    const factOther = (k: FactKey) => (en ? FACTS[k].label.zh : FACTS[k].label.en);
    const words = (w: { zh: string; en: string }) => (en ? w.en : w.zh);
    return {
      en,
      status,
      source,
      op,
      fact,
      factOther,
      words,
      statusOptions: POLICY_ITEM_STATUSES.map((value) => ({ value, label: status(value) })),
    };
  }, [t, en]);
}
