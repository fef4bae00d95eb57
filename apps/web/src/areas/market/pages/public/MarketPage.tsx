import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { AchievementList } from '../../components/AchievementList';
import { DealNoticeList } from '../../components/DealNoticeList';
import { NeedList } from '../../components/NeedList';

/**
 * 技术交易市场: the published achievements (by field, stage and transfer mode) and the published needs (by field and
 * deadline), and the agreed prices on public notice, one tab each; the tab stands in the URL (`?tab=needs`), and switching clears the other list's filters.
 */
export function MarketPage() {
  const { t } = useTranslation('market');
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const tab = asked === 'needs' || asked === 'notices' ? asked : 'achievements';
  return (
    <div>
      <PageHeader
        title={t('public.title')}
        documentTitle={
          tab === 'needs' ? t('public.needsTitle') : tab === 'notices' ? t('deals.notices.title') : t('public.title')
        }
        subtitle={t('public.subtitle')}
      />
      {/* The tabs are a bar only: a tab panel would be a tab stop around the list's own fields. */}
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'achievements' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'achievements', label: <span data-testid="market-tab-achievements">{t('public.achievements')}</span> },
          { key: 'needs', label: <span data-testid="market-tab-needs">{t('public.needs')}</span> },
          { key: 'notices', label: <span data-testid="market-tab-notices">{t('deals.notices.title')}</span> },
        ]}
      />
      {tab === 'notices' ? (
        <DealNoticeList />
      ) : tab === 'needs' ? (
        <NeedList withStatus={false} link={(n) => `/market/needs/${n.id}`} testId="market-needs" />
      ) : (
        <AchievementList withStatus={false} link={(a) => `/market/achievements/${a.id}`} testId="market-list" />
      )}
    </div>
  );
}
