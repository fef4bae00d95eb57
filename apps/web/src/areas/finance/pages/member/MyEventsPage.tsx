import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { EventList } from '../../components/EventList';
import { EventPage } from '../../components/EventPage';

/** The 银企对接会 my enterprise is invited to. */
export function MyEventsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('event.title')} subtitle={t('event.memberSubtitle')} />
      <EventList base="/my/finance/events" />
    </div>
  );
}

/** One event for my enterprise: answer the invitation and see its meetings. */
export const MyEventPage = () => <EventPage audience="enterprise" />;
