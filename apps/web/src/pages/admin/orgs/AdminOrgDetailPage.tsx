import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useOrg, useUpdateOrg } from '../../../api/orgs';
import { OrgDetails } from '../../../components/OrgDetails';
import { OrgStatusTag } from '../../../components/OrgStatusTag';
import { PageHeader } from '../../../components/PageHeader';
import { QueryError } from '../../../components/QueryError';
import { useOverlayWidth } from '../../../lib/responsive';
import { IndicatorsCard } from '../../org/IndicatorsCard';
import { OrgEditForm } from '../../org/OrgEditForm';
import { AffiliationsCard } from './AffiliationsCard';
import { DecisionButtons } from './DecisionButtons';
import { ListingSuspension } from './ListingSuspension';

export function AdminOrgDetailPage() {
  const { t } = useTranslation();
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
