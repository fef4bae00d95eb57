import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { AchievementList } from '../../components/AchievementList';

/** 技术交易市场: the published achievements, searched and filtered by field, stage and transfer mode. */
export function MarketPage() {
  const { t } = useTranslation('market');
  return (
    <div>
      <PageHeader title={t('public.title')} subtitle={t('public.subtitle')} />
      <AchievementList withStatus={false} link={(a) => `/market/achievements/${a.id}`} testId="market-list" />
    </div>
  );
}
