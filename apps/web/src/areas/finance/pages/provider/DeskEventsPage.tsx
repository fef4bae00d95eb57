import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { EventList } from '../../components/EventList';
import { EventPage } from '../../components/EventPage';

/** The 银企对接会 my institution is invited to. */
export function DeskEventsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('event.title')} subtitle={t('event.memberSubtitle')} />
      <EventList base="/finance-desk/events" />
    </div>
  );
}

/** One event for my institution: answer the invitation, its meetings, the follow-ups. */
export const DeskEventPage = () => <EventPage audience="institution" />;
