import {
  POLICY_ENTERPRISE_KINDS,
  POLICY_LEVELS,
  POLICY_SUPPORT_KINDS,
  type PolicyEnterpriseKind,
  type PolicyLevel,
  type PolicySupportKind,
} from '@cz/shared';
import { App, Button, Card, Checkbox, Form, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useWords } from '../../../cultivation/components/Explanations';
import { useSaveSubscription, useSubscription } from '../api';

type Values = { supportKinds: PolicySupportKind[]; enterpriseKinds: PolicyEnterpriseKind[]; levels: PolicyLevel[] };

/** 政策订阅: the tags of new policy items the enterprise wants to be told of. */
export function SubscriptionCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const words = useWords();
  const sub = useSubscription(orgId);
  const save = useSaveSubscription(orgId);
  const options = (labels: Record<string, { zh: string; en: string }>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label: words(label) }));
  return (
    <Card size="small" title={t('fits.sub.title')} data-testid="policy-subscription" style={{ marginBottom: 12 }}>
      {sub.isError ? (
        <QueryError error={sub.error} onRetry={() => sub.refetch()} />
      ) : !sub.data ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Form<Values>
          layout="vertical"
          initialValues={sub.data}
          onFinish={(v) =>
            save.mutateAsync(v).then(
              () => message.success(t('fits.sub.saved')),
              (err) => message.error(errorMessage(err)),
            )
          }
        >
          <Typography.Paragraph type="secondary">{t('fits.sub.hint')}</Typography.Paragraph>
          <Form.Item name="supportKinds" label={t('fits.sub.supportKinds')}>
            <Checkbox.Group options={options(POLICY_SUPPORT_KINDS)} data-testid="sub-support" />
          </Form.Item>
          <Form.Item name="enterpriseKinds" label={t('fits.sub.enterpriseKinds')}>
            <Checkbox.Group options={options(POLICY_ENTERPRISE_KINDS)} data-testid="sub-enterprise" />
          </Form.Item>
          <Form.Item name="levels" label={t('fits.sub.levels')}>
            <Checkbox.Group options={options(POLICY_LEVELS)} data-testid="sub-levels" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sub-save">
            {t('fits.sub.save')}
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 12 }} data-testid="sub-updated">
            {sub.data.updatedAt ? formatDateTime(sub.data.updatedAt) : t('fits.sub.never')}
          </Typography.Text>
        </Form>
      )}
    </Card>
  );
}
