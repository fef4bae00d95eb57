import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { PledgeList } from '../../components/PledgeList';

/** 知识产权质押 (institution): each pledge's patents, status, registration due day and alerts. */
export function DeskPledgesPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('pledge.title')} subtitle={t('pledge.deskSubtitle')} />
      <PledgeList scope="institution" link={(p) => `/finance-desk/pledges/${p.id}`} />
    </div>
  );
}
