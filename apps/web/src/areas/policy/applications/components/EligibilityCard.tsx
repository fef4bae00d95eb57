import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled, UserOutlined } from '@ant-design/icons';
import type { PolicyApplicationDetail } from '@cz/shared/policy';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWords } from '../../../cultivation/components/Explanations';

const RESULT_COLOR = { eligible: 'green', not_eligible: 'red', needs_data: 'orange' } as const;
const ICON = {
  met: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />,
  not_met: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />,
  unknown: <QuestionCircleFilled style={{ color: '#d46b08' }} aria-hidden />,
  manual: <UserOutlined style={{ color: '#1677ff' }} aria-hidden />,
};

/** The enterprise against the item: the result, a sentence per condition, what is reviewed by hand, the amount. */
export function EligibilityCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  const words = useWords();
  const e = a.eligibility;
  return (
    <Card
      size="small"
      title={t('applications.eligibility.title')}
      extra={
        <Typography.Text type="secondary">
          {a.eligibilityLive ? t('applications.eligibility.live') : t('applications.eligibility.recorded')}
        </Typography.Text>
      }
      data-testid="eligibility"
      data-result={e?.result ?? ''}
    >
      {!e ? (
        <Typography.Text type="secondary">{t('applications.eligibility.none')}</Typography.Text>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color={RESULT_COLOR[e.result]}>{t(`applications.result.${e.result}`)}</Tag>
            <Typography.Text>{words(e.amountWords)}</Typography.Text>
          </Space>
          <List
            size="small"
            dataSource={e.lines}
            renderItem={(l, i) => (
              <List.Item key={i} data-outcome={l.outcome}>
                <Space align="start">
                  {ICON[l.outcome]}
                  <span>
                    <span className="visually-hidden">{t(`applications.outcome.${l.outcome}`)}：</span>
                    {words(l.words)}
                  </span>
                </Space>
              </List.Item>
            )}
          />
          {e.missing.length > 0 && (
            <Typography.Paragraph type="warning" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('applications.eligibility.missing', { facts: e.missing.map((m) => words(m.label)).join('、') })}
            </Typography.Paragraph>
          )}
          {a.reviewedByHand.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('applications.eligibility.byHand')}
            </Typography.Paragraph>
          )}
        </>
      )}
    </Card>
  );
}
