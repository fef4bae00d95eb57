import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { PledgeList } from '../../components/PledgeList';

/** 知识产权质押 (all): each pledge's patents, status, registration due day and alerts. */
export function AdminPledgesPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('pledge.title')} subtitle={t('pledge.adminSubtitle')} />
      <PledgeList scope="all" link={(p) => `/admin/finance/pledges/${p.id}`} />
    </div>
  );
}
