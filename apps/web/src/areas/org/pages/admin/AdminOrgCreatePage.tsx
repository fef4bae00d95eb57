import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { useCreateOrg } from '../../api';
import { OrgEditForm } from '../../components/OrgEditForm';

export function AdminOrgCreatePage() {
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const create = useCreateOrg();
  return (
    <div style={{ maxWidth: 1100 }}>
      <PageHeader title={t('adminOrgs.createTitle')} />
      <Alert type="info" showIcon title={t('adminOrgs.createHint')} style={{ marginBottom: 16 }} />
      <Card>
        <OrgEditForm
          submitText={t('adminOrgs.new')}
          onSubmit={(body) => create.mutateAsync(body)}
          onDone={(org) => navigate(`/admin/orgs/${org.id}`, { replace: true })}
        />
      </Card>
    </div>
  );
}
