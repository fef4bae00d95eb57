import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { BookingTable } from './BookingTable';

export function MyBookingsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeader title={t('bookings.myTitle')} subtitle={t('bookings.mySubtitle')} />
      <BookingTable side="buyer" />
    </div>
  );
}

export function ProviderBookingsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <PageHeader title={t('bookings.providerTitle')} subtitle={t('bookings.providerSubtitle')} />
      <BookingTable side="provider" />
    </div>
  );
}
