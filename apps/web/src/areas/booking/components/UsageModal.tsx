import { usageFee, usageInputSchema } from '@cz/shared';
import { Alert, App, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { FileUploader } from '../../../kit/components/FileUploader';
import { fromZoneWallClock, toZoneWallClock } from '../../../kit/datetime';
import { DateRangeInput } from '../../../kit/forms/DateInput';
import { zodRule } from '../../../kit/forms/zod-form';
import { useFormatMoney } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Booking } from '../../../kit/types';
import { useInstrument } from '../../instrument/api';
import { useRecordUsage } from '../api';

type Values = {
  range: [Dayjs, Dayjs];
  samples?: number;
  operator?: string;
  notes?: string;
  files?: string[];
};

/** The provider records the actual use; the fee (time rounded up to the slot × hourly price) is shown before saving. */
export function UsageModal({ booking, open, onClose }: { booking: Booking; open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['booking', 'order']);
  const { message } = App.useApp();
  const money = useFormatMoney();
  const width = useOverlayWidth(600);
  const record = useRecordUsage();
  const instrument = useInstrument(open ? booking.instrumentId : undefined);
  const [form] = Form.useForm<Values>();
  const range = Form.useWatch('range', form);

  const i = instrument.data;
  const price = i ? (booking.orgId === booking.providerId ? i.priceInternal : i.priceExternal) : 0;
  const minutes = range?.[0] && range[1] ? Math.round(range[1].diff(range[0], 'minute', true)) : 0;
  const fee = i && minutes > 0 ? usageFee(minutes, i.slotMinutes, price) : null;

  return (
    <Modal
      open={open}
      width={width}
      title={t('bookings.usageTitle', { instrument: booking.instrumentName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'usage-confirm' }}
      confirmLoading={record.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await record.mutateAsync({
            id: booking.id,
            body: {
              actualStart: fromZoneWallClock(v.range[0]),
              actualEnd: fromZoneWallClock(v.range[1]),
              samples: v.samples ?? 0,
              operator: v.operator?.trim() ?? '',
              notes: v.notes?.trim() ?? '',
              files: v.files ?? [],
            },
          });
          message.success(t('bookings.usageRecorded'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          range: [toZoneWallClock(booking.start), toZoneWallClock(booking.end)],
          samples: booking.samples,
        }}
      >
        <Form.Item
          name="range"
          label={`${t('bookings.actualStart')} – ${t('bookings.actualEnd')}`}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DateRangeInput
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="usage-range"
          />
        </Form.Item>
        <Form.Item name="samples" label={t('bookings.samples')} rules={[zodRule(usageInputSchema.shape.samples)]}>
          <InputNumber min={0} precision={0} style={{ width: '100%' }} data-testid="usage-samples" />
        </Form.Item>
        <Form.Item name="operator" label={t('bookings.operator')} rules={[zodRule(usageInputSchema.shape.operator)]}>
          <Input maxLength={64} data-testid="usage-operator" />
        </Form.Item>
        <Form.Item name="notes" label={t('bookings.notes')} rules={[zodRule(usageInputSchema.shape.notes)]}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="usage-notes" />
        </Form.Item>
        <Form.Item name="files" label={t('bookings.resultFiles')} extra={t('order:orders.uploadHint')}>
          <FileUploader testId="usage-files" />
        </Form.Item>
      </Form>
      {fee && (
        <Alert
          type="info"
          showIcon
          data-testid="usage-fee"
          title={t('bookings.usageFeeText', { minutes: fee.billedMinutes, price: money(price), fee: money(fee.fee) })}
        />
      )}
    </Modal>
  );
}
