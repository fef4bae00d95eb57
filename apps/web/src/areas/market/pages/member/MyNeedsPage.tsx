import { PlusOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { NeedList } from '../../components/NeedList';

/** 我的技术需求: the organisation's needs in every status, and a new one. */
export function MyNeedsPage() {
  const { t } = useTranslation('market');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  return (
    <div>
      <PageHeader
        title={t('needs.mine.title')}
        subtitle={t('needs.mine.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/my/market/needs/new" data-testid="need-new">
            {t('needs.mine.new')}
          </LinkButton>
        }
      />
      {orgId ? (
        <NeedList ownerOrgId={orgId} withStatus link={(n) => `/my/market/needs/${n.id}`} testId="my-needs" />
      ) : (
        <Alert type="info" title={t('mine.noOrg')} />
      )}
    </div>
  );
}
