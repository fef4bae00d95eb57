import { FACTS, type FactDef, type FactKey } from '@cz/shared/policy';
import { Alert, Card, Descriptions, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../kit/api/client';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { useSharedFacts } from '../api';
import { useFinanceLabels } from '../labels';

type Value = number | string | boolean | null;

/** What an institution reads of an enterprise under its consent; without one, says so (the read is logged). */
export function SharedFacts({ orgId }: { orgId: number }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const facts = useSharedFacts(orgId);
  const lang = labels.zh ? 'zh' : 'en';
  const text = (key: string, v: Value) => {
    if (v === null) return t('facts.unknown');
    const def = FACTS[key as FactKey] as FactDef | undefined;
    if (typeof v === 'boolean') return v ? t('facts.yes') : t('facts.no');
    if (!def) return String(v);
    if (def.type === 'money' && typeof v === 'number') return formatMoney(v);
    if (def.type === 'percent') return `${v}%`;
    if (def.options) return def.options.find((o) => o.value === v)?.label[lang] ?? String(v);
    return def.unit ? `${v} ${def.unit[lang]}` : String(v);
  };
  let body: React.ReactNode;
  if (facts.isError) {
    const e = facts.error;
    body =
      e instanceof ApiError && e.code === 'finance.no_consent' ? (
        <Alert
          type="info"
          showIcon
          title={t('facts.noConsent')}
          description={t('facts.noConsentHint')}
          data-testid="facts-no-consent"
        />
      ) : (
        <QueryError error={e} onRetry={() => facts.refetch()} />
      );
  } else if (!facts.data) body = <Spin />;
  else {
    const f = facts.data;
    const entries = Object.entries(f.facts);
    body = (
      <div data-testid="shared-facts" data-count={entries.length}>
        <Typography.Paragraph type="secondary">
          {t('facts.under', {
            org: f.orgName,
            scopes: labels.list(f.scopes, labels.scope),
            until: formatDate(f.validUntil),
          })}
        </Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          {entries.map(([k, v]) => (
            <Descriptions.Item key={k} label={FACTS[k as FactKey]?.label[lang] ?? k}>
              {text(k, v)}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {f.scopes.includes('credit') && (
          <Typography.Paragraph style={{ marginTop: 12 }}>
            {f.creditRecords.length === 0
              ? t('facts.noCreditRecords')
              : t('facts.creditRecords', {
                  list: f.creditRecords.map((r) => `#${r.caseId} ${r.kind} ${formatDateTime(r.foundAt)}`).join('；'),
                })}
          </Typography.Paragraph>
        )}
      </div>
    );
  }
  return (
    <Card title={t('facts.title')} data-testid="facts">
      {body}
    </Card>
  );
}
