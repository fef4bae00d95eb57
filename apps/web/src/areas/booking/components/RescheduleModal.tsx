import { shanghaiDate } from '@cz/shared';
import { Alert, App, Modal, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatPeriod } from '../../../kit/datetime';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Booking } from '../../../kit/types';
import { useInstrument } from '../../instrument/api';
import { SlotPicker } from '../../instrument/components/calendar/SlotPicker';
import type { Selection } from '../../instrument/components/calendar/slot-grid';
import { useRescheduleBooking } from '../api';

/** Moves a booking to a new period picked on the instrument's calendar; the old one is released only on success. */
export function RescheduleModal({ booking, open, onClose }: { booking: Booking; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('booking');
  const { message } = App.useApp();
  const width = useOverlayWidth(860);
  const instrument = useInstrument(open ? booking.instrumentId : undefined);
  const move = useRescheduleBooking();
  const [selection, setSelection] = useState<Selection | null>(null);
  const end = selection ? new Date(selection.start.getTime() + selection.minutes * 60_000) : null;
  return (
    <Modal
      open={open}
      width={width}
      title={t('bookings.rescheduleTitle', { instrument: booking.instrumentName })}
      okText={t('bookings.reschedule')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !selection, 'data-testid': 'reschedule-confirm' }}
      confirmLoading={move.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        if (!selection || !end) return;
        try {
          await move.mutateAsync({ id: booking.id, start: selection.start.toISOString(), end: end.toISOString() });
          message.success(t('bookings.rescheduled'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Typography.Paragraph type="secondary">{t('bookings.rescheduleHint')}</Typography.Paragraph>
      {instrument.data ? (
        <SlotPicker
          instrumentId={booking.instrumentId}
          policy={instrument.data}
          selection={selection}
          onSelect={(s) => setSelection(s)}
          ignore={{ start: booking.start, end: booking.end }}
          initialDate={shanghaiDate(new Date(booking.start))}
        />
      ) : (
        <Skeleton active />
      )}
      {selection && end && (
        <Alert
          style={{ marginTop: 12 }}
          type="info"
          title={`${formatPeriod(booking.start, booking.end)} → ${formatPeriod(selection.start.toISOString(), end.toISOString())}`}
        />
      )}
    </Modal>
  );
}
