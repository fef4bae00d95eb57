import { PlusOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { AchievementList } from '../../components/AchievementList';

/** 我的科技成果: the organisation's achievements in every status, and a new one. */
export function MyAchievementsPage() {
  const { t } = useTranslation('market');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  return (
    <div>
      <PageHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <LinkButton
            type="primary"
            icon={<PlusOutlined />}
            to="/my/market/achievements/new"
            data-testid="achievement-new"
          >
            {t('mine.new')}
          </LinkButton>
        }
      />
      {orgId ? (
        <AchievementList
          ownerOrgId={orgId}
          withStatus
          link={(a) => `/my/market/achievements/${a.id}`}
          testId="my-achievements"
        />
      ) : (
        <Alert type="info" title={t('mine.noOrg')} />
      )}
    </div>
  );
}
