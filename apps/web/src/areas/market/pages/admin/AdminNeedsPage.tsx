import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { NeedList } from '../../components/NeedList';

/** 技术需求审核: every organisation's needs; the submitted ones wait for review on their pages. */
export function AdminNeedsPage() {
  const { t } = useTranslation('market');
  return (
    <div>
      <PageHeader title={t('needs.admin.title')} subtitle={t('needs.admin.subtitle')} />
      <NeedList withStatus link={(n) => `/admin/market/needs/${n.id}`} testId="admin-needs" />
    </div>
  );
}
