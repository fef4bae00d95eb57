import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { EventList } from '../../components/EventList';

/** 银企对接会: every event the finance office planned, and a new one. */
export function AdminEventsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('event.title')} subtitle={t('event.adminSubtitle')} />
      <EventList base="/admin/finance/events" office />
    </div>
  );
}
