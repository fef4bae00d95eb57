import { isLateCancel, reasonSchema } from '@cz/shared';
import { Alert, App } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import type { Booking } from '../../../kit/types';
import { useInstrument } from '../../instrument/api';
import { useCancelBooking } from '../api';

/** Cancels a booking with a reason; inside the instrument's notice window the booker is told it may be charged. */
export function CancelBookingModal({
  booking,
  open,
  onClose,
}: {
  booking: Booking;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('booking');
  const { message } = App.useApp();
  const cancel = useCancelBooking();
  const instrument = useInstrument(open ? booking.instrumentId : undefined);
  const late =
    !!instrument.data &&
    booking.status === 'confirmed' &&
    isLateCancel(new Date(booking.start), new Date(), instrument.data.cancelNoticeHours);
  return (
    <ReasonModal
      open={open}
      title={t('bookings.cancelTitle')}
      label={t('bookings.cancelReason')}
      okText={t('bookings.cancel')}
      danger
      schema={reasonSchema.shape.reason}
      testId="booking-cancel"
      extra={
        late && instrument.data ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            data-testid="late-cancel-warning"
            title={t('bookings.lateWarning', {
              hours: instrument.data.cancelNoticeHours,
              percent: instrument.data.lateCancelPercent,
            })}
          />
        ) : null
      }
      onSubmit={async (reason) => {
        await cancel.mutateAsync({ id: booking.id, reason });
        message.success(t('bookings.cancelled'));
      }}
      onClose={onClose}
    />
  );
}
