import { reasonSchema } from '@cz/shared';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import type { Booking } from '../../../kit/types';
import { useApproveBooking, useNoShowBooking, useRejectBooking } from '../api';
import { CancelBookingModal } from './CancelBookingModal';
import { RescheduleModal } from './RescheduleModal';
import { UsageModal } from './UsageModal';

export type BookingSide = 'buyer' | 'provider';
type Open = null | 'cancel' | 'reschedule' | 'reject' | 'usage';

/**
 * What each side can do with a booking in its state: the booker cancels or moves it; the provider approves or
 * rejects a request, marks a no-show once the time has begun, and records the use.
 */
export function BookingActions({
  booking: b,
  side,
  size = 'middle',
}: {
  booking: Booking;
  side: BookingSide;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation('booking');
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState<Open>(null);
  const approve = useApproveBooking();
  const reject = useRejectBooking();
  const noShow = useNoShowBooking();
  const active = b.status === 'pending' || b.status === 'confirmed';
  const started = new Date(b.start).getTime() <= Date.now();
  const tid = (name: string) => `booking-${name}-${b.id}`;

  const confirmThen = (content: string, run: () => Promise<unknown>, done: string, okId: string) =>
    modal.confirm({
      title: content,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': okId },
      onOk: async () => {
        try {
          await run();
          message.success(done);
        } catch (err) {
          message.error(errorMessage(err));
        }
      },
    });

  if (!active) return null;
  return (
    <Space size={4} wrap>
      {side === 'buyer' && (
        <>
          <Button size={size} onClick={() => setOpen('reschedule')} data-testid={tid('reschedule')}>
            {t('bookings.reschedule')}
          </Button>
          <Button size={size} danger onClick={() => setOpen('cancel')} data-testid={tid('cancel')}>
            {t('bookings.cancel')}
          </Button>
        </>
      )}
      {side === 'provider' && b.status === 'pending' && (
        <>
          <Button
            size={size}
            type="primary"
            loading={approve.isPending}
            data-testid={tid('approve')}
            onClick={() =>
              confirmThen(
                t('bookings.approveConfirm'),
                () => approve.mutateAsync(b.id),
                t('bookings.approved'),
                'booking-approve-confirm',
              )
            }
          >
            {t('bookings.approve')}
          </Button>
          <Button size={size} danger onClick={() => setOpen('reject')} data-testid={tid('reject')}>
            {t('bookings.reject')}
          </Button>
        </>
      )}
      {side === 'provider' && b.status === 'confirmed' && (
        <>
          <Button size={size} type="primary" onClick={() => setOpen('usage')} data-testid={tid('usage')}>
            {t('bookings.recordUsage')}
          </Button>
          {started && (
            <Button
              size={size}
              data-testid={tid('no-show')}
              onClick={() =>
                confirmThen(
                  t('bookings.noShowConfirm'),
                  () => noShow.mutateAsync(b.id),
                  t('bookings.markedNoShow'),
                  'booking-no-show-confirm',
                )
              }
            >
              {t('bookings.noShow')}
            </Button>
          )}
          <Button size={size} danger onClick={() => setOpen('cancel')} data-testid={tid('cancel')}>
            {t('bookings.cancel')}
          </Button>
        </>
      )}
      {open === 'cancel' && <CancelBookingModal booking={b} open onClose={() => setOpen(null)} />}
      {open === 'reschedule' && <RescheduleModal booking={b} open onClose={() => setOpen(null)} />}
      {open === 'usage' && <UsageModal booking={b} open onClose={() => setOpen(null)} />}
      <ReasonModal
        open={open === 'reject'}
        title={t('bookings.rejectTitle')}
        label={t('bookings.reason')}
        okText={t('bookings.reject')}
        danger
        schema={reasonSchema.shape.reason}
        testId="booking-reject"
        onSubmit={async (reason) => {
          await reject.mutateAsync({ id: b.id, reason });
          message.success(t('bookings.rejected'));
        }}
        onClose={() => setOpen(null)}
      />
    </Space>
  );
}
