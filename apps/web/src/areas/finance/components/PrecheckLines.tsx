import { CheckCircleTwoTone, CloseCircleTwoTone, QuestionCircleTwoTone, UserOutlined } from '@ant-design/icons';
import type { PrecheckResult } from '@cz/shared/finance';
import { FACTS, type FactKey } from '@cz/shared/policy';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFinanceLabels } from '../labels';
import { VerdictTag } from './tags';

const ICONS = {
  met: <CheckCircleTwoTone twoToneColor="#389e0d" aria-hidden />,
  not_met: <CloseCircleTwoTone twoToneColor="#cf1322" aria-hidden />,
  unknown: <QuestionCircleTwoTone twoToneColor="#d48806" aria-hidden />,
  manual: <UserOutlined aria-hidden />,
} as const;

/** A pre-check: its result, each line met / not met / unknown / checked by hand, and the facts that would decide. */
export function PrecheckLines({ check, testId }: { check: PrecheckResult; testId: string }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  return (
    <div data-testid={testId} data-result={check.result}>
      <Space wrap style={{ marginBottom: 8 }}>
        <VerdictTag result={check.result} testId={`${testId}-result`} />
        {check.needsReview && <Typography.Text type="secondary">{t('precheck.needsReview')}</Typography.Text>}
      </Space>
      <ul className="finance-precheck-lines" style={{ paddingInlineStart: 0, listStyle: 'none', margin: 0 }}>
        {check.lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one check keep their order
          <li key={i} data-outcome={l.outcome} data-kind={l.kind} style={{ display: 'flex', gap: 8, marginBottom: 4 }}>
            {ICONS[l.outcome]}
            <span>
              <span className="visually-hidden">{t(`outcome.${l.outcome}`)}</span>
              {labels.zh ? l.words.zh : l.words.en}
            </span>
          </li>
        ))}
        {check.lines.length === 0 && (
          <li>
            <Typography.Text type="secondary">{t('precheck.noLines')}</Typography.Text>
          </li>
        )}
      </ul>
      {check.missing.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('precheck.missing', {
            facts: check.missing
              .map((k) => FACTS[k as FactKey]?.label[labels.zh ? 'zh' : 'en'] ?? k)
              .join(labels.zh ? '、' : ', '),
          })}
        </Typography.Paragraph>
      )}
    </div>
  );
}
