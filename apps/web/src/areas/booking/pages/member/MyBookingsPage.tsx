import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { BookingTable } from '../../components/BookingTable';

export function MyBookingsPage() {
  const { t } = useTranslation('booking');
  return (
    <div>
      <PageHeader title={t('bookings.myTitle')} subtitle={t('bookings.mySubtitle')} />
      <BookingTable side="buyer" />
    </div>
  );
}

export function ProviderBookingsPage() {
  const { t } = useTranslation('booking');
  return (
    <div>
      <PageHeader title={t('bookings.providerTitle')} subtitle={t('bookings.providerSubtitle')} />
      <BookingTable side="provider" />
    </div>
  );
}
