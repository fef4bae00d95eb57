import { Card, Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useOrg, useUpdateOrg } from '../../api';
import { FactChangeCard } from '../../components/FactChangeCard';
import { IndicatorsCard } from '../../components/IndicatorsCard';
import { OrgEditForm } from '../../components/OrgEditForm';
import { OrgStatusBanner } from '../../components/OrgStatusBanner';

/** A member's own organisation: verification status, its details and its yearly indicators. */
export function MyOrgPage() {
  const { t } = useTranslation('org');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const org = useOrg(orgId);
  const update = useUpdateOrg();

  if (!orgId) return <Empty description={t('org.noOrg')} style={{ marginTop: 64 }} />;
  if (org.isError) return <QueryError error={org.error} onRetry={() => org.refetch()} />;
  if (!org.data) return <Skeleton active />;

  return (
    <div style={{ maxWidth: 1100 }}>
      <PageHeader title={org.data.name} subtitle={t('org.myOrgTitle')} />
      <OrgStatusBanner org={org.data} />
      <FactChangeCard orgId={orgId} />
      <Card title={t('org.editTitle')} className="page-card">
        <OrgEditForm org={org.data} warnReverify onSubmit={(body) => update.mutateAsync({ id: orgId, body })} />
      </Card>
      <IndicatorsCard orgId={orgId} />
    </div>
  );
}
