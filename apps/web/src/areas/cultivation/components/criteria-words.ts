import type { CriteriaFilter, VERDICTS } from '@cz/shared/cultivation-api';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../org/labels';

type Verdict = (typeof VERDICTS)[number];

/** A saved filter in words, one part a condition: "科技型中小企业：符合；得分 ≥ 60；园区：示例园区". */
export function useCriteriaWords(): (filter: CriteriaFilter) => string {
  const { t } = useTranslation('cultivation');
  const labels = useLabels();
  return useCallback(
    (filter: CriteriaFilter) => {
      const parts: string[] = [];
      const verdict = (v: Verdict) => t(`verdicts.${v}`);
      if (filter.techSme) parts.push(t('criteria.words.techSme', { verdict: verdict(filter.techSme) }));
      if (filter.hte) parts.push(t('criteria.words.hte', { verdict: verdict(filter.hte) }));
      if (filter.hteNot) parts.push(t('criteria.words.hteNot', { verdict: verdict(filter.hteNot) }));
      const kind = t(`kinds.${filter.kind ?? 'tech_sme'}`);
      const { scoreMin: min, scoreMax: max } = filter;
      if (min !== undefined && max !== undefined) parts.push(t('criteria.words.scoreBetween', { kind, min, max }));
      else if (min !== undefined) parts.push(t('criteria.words.scoreMin', { kind, min }));
      else if (max !== undefined) parts.push(t('criteria.words.scoreMax', { kind, max }));
      if (filter.park) parts.push(t('criteria.words.park', { park: filter.park }));
      if (filter.industry) parts.push(t('criteria.words.industry', { industry: labels.industry(filter.industry) }));
      if (!parts.length) parts.push(t('criteria.words.all'));
      return parts.join(t('criteria.words.separator'));
    },
    [t, labels],
  );
}
