import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useBooking } from '../../api';
import { BookingCard } from '../../components/BookingCard';

/** /bookings/:id, where booking notifications lead: the booker and the provider each see their actions. */
export function BookingDetailPage() {
  const { t } = useTranslation('booking');
  const navigate = useNavigate();
  const { me } = useAuth();
  const id = Number(useParams().id);
  const booking = useBooking(Number.isInteger(id) ? id : undefined);
  if (booking.isError) return <QueryError error={booking.error} onRetry={() => booking.refetch()} />;
  if (!booking.data) return <Skeleton active />;
  const b = booking.data;
  const orgId = me?.org?.id;
  const side =
    orgId === b.orgId ? 'buyer' : orgId === b.providerId || isAdminRole(me?.role) ? ('provider' as const) : null;
  return (
    <div>
      <PageHeader
        documentTitle={t('bookings.detailTitle', { id: b.id })}
        title={
          <>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('common.back')}
              onClick={() => navigate(-1)}
            />
            {t('bookings.detailTitle', { id: b.id })}
          </>
        }
      />
      <BookingCard booking={b} side={side} title={b.instrumentName} />
    </div>
  );
}
