import { CalendarOutlined } from '@ant-design/icons';
import { bookingCreateSchema, usageFee } from '@cz/shared';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { tKey } from '../../../app/i18n';
import { LinkButton } from '../../../kit/components/LinkButton';
import { formatDateTime } from '../../../kit/datetime';
import { zodRule } from '../../../kit/forms/zod-form';
import { useFormatMoney } from '../../../kit/money';
import type { Availability, Booking, Instrument } from '../../../kit/types';
import { useCreateBooking } from '../../booking/api';
import { useFormatMinutes } from '../../catalog/labels';
import { splitPayment } from '../../voucher/voucher-split';
import { BookingVouchers, effectiveVouchers, useBookingVouchers } from './BookingVouchers';
import { lengthsFrom, type Selection, violationOf } from './calendar/slot-grid';

/** The hourly price the viewer's organisation pays: the owner's own users pay the internal one. */
export function priceFor(instrument: Instrument, orgId: number | undefined) {
  const internal = orgId === instrument.providerId;
  return { internal, price: internal ? instrument.priceInternal : instrument.priceExternal };
}

export function useSelectionSummary(instrument: Instrument, sel: Selection | null, orgId: number | undefined) {
  const money = useFormatMoney();
  if (!sel) return null;
  const end = new Date(sel.start.getTime() + sel.minutes * 60_000);
  const { internal, price } = priceFor(instrument, orgId);
  const fee = usageFee(sel.minutes, instrument.slotMinutes, price).fee;
  return { end, internal, price, fee, feeText: money(fee), priceText: money(price) };
}

type Values = { purpose?: string; samples?: number };

/**
 * The chosen period, its length and estimated fee, the vouchers paying part of it (the best one preselected), and the
 * request: POST /bookings. Booking is agreeing to the estimate; the provider only confirms afterwards.
 */
export function BookingPanel({
  instrument,
  selection,
  avail,
  onSelect,
}: {
  instrument: Instrument;
  selection: Selection | null;
  avail: Availability | undefined;
  onSelect: (s: Selection | null) => void;
}) {
  const { t } = useTranslation('instrument');
  const { me } = useAuth();
  const location = useLocation();
  const formatMinutes = useFormatMinutes();
  const create = useCreateBooking();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState<Booking | null>(null);
  /** The vouchers the booker ticked; null until it touches them, while the best one is preselected. */
  const [chosen, setChosen] = useState<number[] | null>(null);
  const summary = useSelectionSummary(instrument, selection, me?.org?.id);
  const canBook = !!me && me.org?.status === 'verified';
  // The owner's own users pay the internal price and may not pay their own organisation with vouchers.
  const own = me?.org?.id === instrument.providerId;
  const usable = useBookingVouchers(instrument, canBook && !done && !own);
  const picked = effectiveVouchers(usable, chosen, summary?.fee ?? 0);

  if (!me)
    return (
      <LinkButton
        to={`/login?next=${encodeURIComponent(location.pathname)}`}
        type="primary"
        block
        icon={<CalendarOutlined />}
        data-testid="book-login"
      >
        {t('book.loginToBook')}
      </LinkButton>
    );
  if (me.org?.status !== 'verified') return <Alert type="info" showIcon title={t('book.orgOnly')} />;
  if (done)
    return (
      <Result
        status="success"
        style={{ padding: 16 }}
        title={t('book.submitted')}
        subTitle={done.status === 'pending' ? t('book.submittedApproval') : t('book.submittedInstant')}
        extra={[
          <LinkButton
            key="order"
            to={`/orders/${done.orderId}`}
            type="primary"
            data-testid="book-view-order"
            data-order-id={done.orderId}
            data-booking-id={done.id}
          >
            {t('book.viewOrder')}
          </LinkButton>,
          <Button
            key="again"
            onClick={() => {
              setDone(null);
              setChosen(null);
              onSelect(null);
            }}
          >
            {t('book.bookAnother')}
          </Button>,
        ]}
      />
    );

  const now = new Date();
  const lengths = selection && avail ? lengthsFrom(instrument, avail, selection.start, now) : [];
  const violation = selection ? violationOf(instrument, avail, selection, now) : null;

  const submit = async () => {
    if (!selection || !summary) return;
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      const booking = await create.mutateAsync({
        instrumentId: instrument.id,
        start: selection.start.toISOString(),
        end: summary.end.toISOString(),
        purpose: v.purpose?.trim() ?? '',
        samples: v.samples ?? 0,
        // In the order the split pays them, as the server holds them.
        vouchers: splitPayment(summary.fee, picked).parts.map((p) => p.voucherId),
      });
      setDone(booking);
      onSelect(null);
      form.resetFields();
    } catch {
      // shown below from create.error
    }
  };

  return (
    <div data-testid="booking-panel">
      {instrument.trainingRequired && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('book.trainingNotice')} />
      )}
      {!selection || !summary ? (
        <Typography.Text type="secondary">{t('book.pickFirst')}</Typography.Text>
      ) : (
        <Descriptions
          size="small"
          column={1}
          bordered
          items={[
            {
              key: 'start',
              label: t('book.start'),
              children: <span data-testid="book-start">{formatDateTime(selection.start.toISOString())}</span>,
            },
            {
              key: 'end',
              label: t('book.end'),
              children: <span data-testid="book-end">{formatDateTime(summary.end.toISOString())}</span>,
            },
            {
              key: 'length',
              label: t('book.length'),
              children: (
                <Select
                  style={{ minWidth: 120 }}
                  value={selection.minutes}
                  options={(lengths.length ? lengths : [selection.minutes]).map((m) => ({
                    value: m,
                    label: formatMinutes(m),
                  }))}
                  onChange={(m: number) => onSelect({ start: selection.start, minutes: m })}
                  data-testid="book-length"
                />
              ),
            },
            {
              key: 'fee',
              label: t('book.fee'),
              children: (
                <div>
                  <Typography.Text strong style={{ color: '#ad2102' }} data-testid="book-fee">
                    {summary.feeText}
                  </Typography.Text>
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {t('book.feeHint', {
                      kind: summary.internal ? t('book.internal') : t('book.external'),
                      price: summary.priceText,
                    })}
                  </Typography.Text>
                </div>
              ),
            },
          ]}
        />
      )}
      {summary && <BookingVouchers usable={usable} picked={picked} amount={summary.fee} onChange={setChosen} />}
      <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
        <Form.Item name="purpose" label={t('book.purpose')} rules={[zodRule(bookingCreateSchema.shape.purpose)]}>
          <Input.TextArea
            rows={2}
            maxLength={1000}
            placeholder={t('book.purposePlaceholder')}
            data-testid="book-purpose"
          />
        </Form.Item>
        <Form.Item name="samples" label={t('book.samples')} rules={[zodRule(bookingCreateSchema.shape.samples)]}>
          <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} data-testid="book-samples" />
        </Form.Item>
      </Form>
      {violation && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('book.checkFailed')}
          description={tKey(`errors:${violation}`)}
        />
      )}
      {create.isError && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('book.refused')}
          description={errorMessage(create.error)}
          data-testid="book-error"
          data-code={(create.error as { code?: string }).code}
        />
      )}
      <Button
        type="primary"
        block
        disabled={!selection || !!violation}
        loading={create.isPending}
        onClick={submit}
        data-testid="book-submit"
      >
        {t('book.submit')}
      </Button>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
        {instrument.approvalRequired ? t('book.agreeApproval') : t('book.agreeInstant')}
      </Typography.Paragraph>
    </div>
  );
}
