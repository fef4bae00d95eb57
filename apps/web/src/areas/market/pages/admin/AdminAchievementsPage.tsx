import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { AchievementList } from '../../components/AchievementList';

/** 科技成果审核: every organisation's achievements; the submitted ones wait for review on their pages. */
export function AdminAchievementsPage() {
  const { t } = useTranslation('market');
  return (
    <div>
      <PageHeader title={t('admin.title')} subtitle={t('admin.subtitle')} />
      <AchievementList withStatus link={(a) => `/admin/market/achievements/${a.id}`} testId="admin-achievements" />
    </div>
  );
}
