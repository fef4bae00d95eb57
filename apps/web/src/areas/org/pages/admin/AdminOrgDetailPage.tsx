import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useOverlayWidth } from '../../../../kit/responsive';
import { useOrg, useUpdateOrg } from '../../api';
import { AffiliationsCard } from '../../components/AffiliationsCard';
import { DecisionButtons } from '../../components/DecisionButtons';
import { IndicatorsCard } from '../../components/IndicatorsCard';
import { ListingSuspension } from '../../components/ListingSuspension';
import { OrgDetails } from '../../components/OrgDetails';
import { OrgEditForm } from '../../components/OrgEditForm';
import { OrgFactChangesCard } from '../../components/OrgFactChangesCard';
import { OrgStatusTag } from '../../components/OrgStatusTag';

export function AdminOrgDetailPage() {
  const { t } = useTranslation('org');
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const org = useOrg(Number.isInteger(id) ? id : undefined);
  const update = useUpdateOrg();
  const [editing, setEditing] = useState(false);
  const drawerWidth = useOverlayWidth(880);

  if (org.isError) return <QueryError error={org.error} onRetry={() => org.refetch()} />;
  if (!org.data) return <Skeleton active />;

  return (
    <div>
      <PageHeader
        documentTitle={org.data.name}
        title={
          <Space wrap>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            {org.data.name}
            <OrgStatusTag status={org.data.status} testId="admin-org-status" />
          </Space>
        }
        extra={
          <>
            <DecisionButtons org={org.data} />
            <ListingSuspension org={org.data} />
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="org-edit">
              {t('common.edit')}
            </Button>
          </>
        }
      />
      <Card title={t('adminOrgs.detailTitle')} className="page-card">
        <OrgDetails org={org.data} />
      </Card>
      <OrgFactChangesCard orgId={org.data.id} />
      <IndicatorsCard orgId={org.data.id} />
      <AffiliationsCard orgId={org.data.id} />
      <Drawer
        open={editing}
        onClose={() => setEditing(false)}
        title={t('common.edit')}
        size={drawerWidth}
        destroyOnHidden
      >
        <OrgEditForm
          org={org.data}
          onSubmit={(body) => update.mutateAsync({ id, body })}
          onDone={() => setEditing(false)}
        />
      </Drawer>
    </div>
  );
}
