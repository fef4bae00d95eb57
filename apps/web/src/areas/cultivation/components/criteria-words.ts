import type { CriteriaFilter, VERDICTS } from '@cz/shared/cultivation-api';
import type { TFunction } from 'i18next';

type Verdict = (typeof VERDICTS)[number];

/** A saved filter in words, one part a condition: "科技型中小企业：符合；得分 ≥ 60；园区：示例园区". */
export function criteriaWords(
  filter: CriteriaFilter,
  t: TFunction<'cultivation'>,
  industry: (code: string) => string,
): string[] {
  const parts: string[] = [];
  const verdict = (v: Verdict) => t(`verdicts.${v}`);
  if (filter.techSme) parts.push(t('criteria.words.techSme', { verdict: verdict(filter.techSme) }));
  if (filter.hte) parts.push(t('criteria.words.hte', { verdict: verdict(filter.hte) }));
  if (filter.hteNot) parts.push(t('criteria.words.hteNot', { verdict: verdict(filter.hteNot) }));
  const kind = t(`kinds.${filter.kind ?? 'tech_sme'}`);
  if (filter.scoreMin !== undefined && filter.scoreMax !== undefined)
    parts.push(t('criteria.words.scoreBetween', { kind, min: filter.scoreMin, max: filter.scoreMax }));
  else if (filter.scoreMin !== undefined) parts.push(t('criteria.words.scoreMin', { kind, min: filter.scoreMin }));
  else if (filter.scoreMax !== undefined) parts.push(t('criteria.words.scoreMax', { kind, max: filter.scoreMax }));
  if (filter.park) parts.push(t('criteria.words.park', { park: filter.park }));
  if (filter.industry) parts.push(t('criteria.words.industry', { industry: industry(filter.industry) }));
  if (!parts.length) parts.push(t('criteria.words.all'));
  return parts;
}
