import { EventPage } from '../../components/EventPage';

/** One event run by the finance office: invitations, meetings, results, the event held or cancelled. */
export const AdminEventPage = () => <EventPage audience="office" />;
