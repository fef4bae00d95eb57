import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useConsents } from '../../api';
import { ConsentTable } from '../../components/ConsentTable';

/** 企业信息授权: the consents enterprises gave my institution, each with their facts to read. */
export function DeskConsentsPage() {
  const { t } = useTranslation('finance');
  const consents = useConsents('received');
  return (
    <div>
      <PageHeader title={t('desk.consents.title')} subtitle={t('desk.consents.subtitle')} />
      <Card>
        {consents.isError ? (
          <QueryError error={consents.error} onRetry={() => consents.refetch()} />
        ) : (
          <ConsentTable items={consents.data?.items} side="received" />
        )}
      </Card>
    </div>
  );
}
