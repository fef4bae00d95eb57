import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { PledgeList } from '../../components/PledgeList';

/** 知识产权质押 (mine): each pledge's patents, status, registration due day and alerts. */
export function MyPledgesPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('pledge.title')} subtitle={t('pledge.mineSubtitle')} />
      <PledgeList scope="mine" link={(p) => `/my/finance/pledges/${p.id}`} />
    </div>
  );
}
