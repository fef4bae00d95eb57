import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled, UserOutlined } from '@ant-design/icons';
import type { PolicyItem } from '@cz/shared/policy';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOrgRole, useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { QueryError } from '../../../../kit/components/QueryError';
import { useEligibility } from '../api';
import { useItemLabels } from '../labels';

const RESULT_COLOR = { eligible: 'green', not_eligible: 'red', needs_data: 'orange' } as const;
const ICON = {
  met: <CheckCircleFilled style={{ color: '#389e0d' }} aria-hidden />,
  not_met: <CloseCircleFilled style={{ color: '#cf1322' }} aria-hidden />,
  unknown: <QuestionCircleFilled style={{ color: '#d46b08' }} aria-hidden />,
  manual: <UserOutlined style={{ color: '#1677ff' }} aria-hidden />,
};

/** How to claim the item: apply (申报审批, 快申快享) while the window is open; 免申即享 needs no application. */
function Claim({ item }: { item: PolicyItem }) {
  const { t } = useTranslation('policy');
  const { me } = useAuth();
  if (item.mode === 'auto')
    return (
      <Typography.Paragraph data-testid="item-claim" data-claim="auto">
        {t('items.public.autoNoApplication')}
      </Typography.Paragraph>
    );
  if (!item.open)
    return (
      <Typography.Paragraph type="secondary" data-testid="item-claim" data-claim="closed">
        {t('items.public.notOpen')}
      </Typography.Paragraph>
    );
  if (!me || !isOrgRole(me.role))
    return (
      <Typography.Paragraph data-testid="item-claim" data-claim="login">
        {t('items.public.applyAsMember')}
      </Typography.Paragraph>
    );
  return (
    <LinkButton type="primary" to={`/my/policy-applications/apply/${item.id}`} data-testid="item-apply">
      {t('items.public.apply')}
    </LinkButton>
  );
}

/**
 * For a member of an enterprise: the enterprise against the item on the registry's data, a sentence per condition
 * with ✓ / ✗ / ?, the facts still missing and the amount; then how to claim it.
 */
export function EligibilityCheck({ item }: { item: PolicyItem }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const member = !!me && isOrgRole(me.role) && !!orgId;
  const [asked, setAsked] = useState(false);
  const e = useEligibility(item.id, orgId, member && asked);
  return (
    <Card size="small" title={t('items.public.mine')} data-testid="item-eligibility" data-result={e.data?.result ?? ''}>
      {!member ? (
        <Typography.Paragraph>
          <Link to={`/login?next=${encodeURIComponent(`/policies/items/${item.id}`)}`}>{t('items.public.login')}</Link>
          {t('items.public.loginToCheck')}
        </Typography.Paragraph>
      ) : !asked ? (
        <Button onClick={() => setAsked(true)} data-testid="item-check">
          {t('items.public.check')}
        </Button>
      ) : e.isError ? (
        <QueryError error={e.error} onRetry={() => e.refetch()} />
      ) : !e.data ? (
        <Typography.Text type="secondary">{t('items.public.checking')}</Typography.Text>
      ) : (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            <Tag color={RESULT_COLOR[e.data.result]} data-testid="item-result">
              {t(`applications.result.${e.data.result}`)}
            </Tag>
            <Typography.Text data-testid="item-amount">{labels.words(e.data.amountWords)}</Typography.Text>
          </Space>
          <List
            size="small"
            dataSource={e.data.lines}
            renderItem={(l, i) => (
              <List.Item key={i} data-outcome={l.outcome}>
                <Space align="start">
                  {ICON[l.outcome]}
                  <span>
                    <span className="visually-hidden">{t(`applications.outcome.${l.outcome}`)}：</span>
                    {labels.words(l.words)}
                  </span>
                </Space>
              </List.Item>
            )}
          />
          {e.data.missing.length > 0 && (
            <Typography.Paragraph type="warning" style={{ marginTop: 8 }} data-testid="item-missing">
              {t('items.public.missing', {
                facts: e.data.missing.map((m) => labels.words(m.label)).join(labels.en ? ', ' : '、'),
              })}{' '}
              <Link to="/my/org">{t('items.public.fillIn')}</Link>
            </Typography.Paragraph>
          )}
        </>
      )}
      <div style={{ marginTop: 8 }}>
        <Claim item={item} />
      </div>
    </Card>
  );
}
