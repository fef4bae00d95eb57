import type { Gap } from '@cz/shared/cultivation-api';
import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Line = {
  code: string;
  points: number | null;
  outcome: 'met' | 'not_met' | 'needs_data' | 'scored';
  rule: { zh: string; en: string };
  cite: { document: string; article: string };
};

const COLOR = { met: 'green', not_met: 'red', needs_data: 'orange', scored: 'blue' } as const;
export const VERDICT_COLOR = { eligible: 'green', not_eligible: 'red', needs_data: 'orange' } as const;

/** Words in the page's language. */
export function useWords() {
  const { i18n } = useTranslation();
  return (w: { zh: string; en: string }) => (i18n.language.startsWith('en') ? w.en : w.zh);
}

export function VerdictTag({ verdict }: { verdict: 'eligible' | 'not_eligible' | 'needs_data' }) {
  const { t } = useTranslation('cultivation');
  return (
    <Tag color={VERDICT_COLOR[verdict]} data-testid="verdict" data-verdict={verdict}>
      {t(`verdicts.${verdict}`)}
    </Tag>
  );
}

/** Every explained line of a result: its outcome or points, the rule's words with the figures, and its source. */
export function Explanations({ lines, testId }: { lines: Line[]; testId?: string }) {
  const { t } = useTranslation('cultivation');
  const words = useWords();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={lines}
      renderItem={(l) => (
        <List.Item data-code={l.code}>
          <div style={{ width: '100%' }}>
            <Tag color={COLOR[l.outcome]}>
              {l.points !== null ? `${l.points}` : ''} {t(`outcomes.${l.outcome}`)}
            </Tag>
            <span>{words(l.rule)}</span>
            <div>
              <Typography.Text type="secondary">
                {t('calc.cite')}：{l.cite.document} {l.cite.article}
              </Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** The advice for a gap, by the part of the rule it comes from. */
export function useAdvice() {
  const { t } = useTranslation('cultivation');
  return (g: Gap) => {
    if (g.outcome === 'needs_data') return t('mine.advice.data');
    if (/tech-staff|score$/.test(g.code)) return t('mine.advice.techStaff');
    if (/rd/.test(g.code)) return t('mine.advice.rd');
    if (/ip|innovation/.test(g.code)) return t('mine.advice.ip');
    return t('mine.advice.other');
  };
}

export function GapList({ gaps }: { gaps: Gap[] }) {
  const { t } = useTranslation('cultivation');
  const words = useWords();
  const advice = useAdvice();
  if (gaps.length === 0) return <Typography.Text type="secondary">{t('mine.noGaps')}</Typography.Text>;
  return (
    <List
      size="small"
      data-testid="gaps"
      dataSource={gaps}
      renderItem={(g) => (
        <List.Item>
          <div>
            <Tag color={g.outcome === 'needs_data' ? 'orange' : 'red'}>{t(`outcomes.${g.outcome}`)}</Tag>
            {words(g.words)}
            <div>
              <Typography.Text type="secondary">{advice(g)}</Typography.Text>
            </div>
            {g.cite && (
              <Typography.Text type="secondary">
                {t('calc.cite')}：{g.cite.document} {g.cite.article}
              </Typography.Text>
            )}
          </div>
        </List.Item>
      )}
    />
  );
}
