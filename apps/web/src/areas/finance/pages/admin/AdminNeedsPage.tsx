import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { NeedList } from '../../components/NeedList';

/** 融资需求监管: every need, the overdue first contacts on their own, to push to another institution. */
export function AdminNeedsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('admin.needs.title')} subtitle={t('admin.needs.subtitle')} />
      <NeedList scope="all" link={(n) => `/admin/finance/needs/${n.id}`} testId="admin-finance-needs" />
    </div>
  );
}
