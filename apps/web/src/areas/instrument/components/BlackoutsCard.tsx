import { addDays, blackoutInputSchema } from '@cz/shared';
import { App, Button, Card, Form, Input, List, Popconfirm } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatPeriod, fromZoneWallClock } from '../../../kit/datetime';
import { DateRangeInput } from '../../../kit/forms/DateInput';
import { zodRule } from '../../../kit/forms/zod-form';
import { useAddBlackout, useAvailability, useRemoveBlackout } from '../api';
import { todayInZone } from './calendar/slot-grid';

/** Closures of the next 60 days (from the availability, with their ids for the provider), added and removed. */
export function BlackoutsCard({ instrumentId }: { instrumentId: number }) {
  const { t } = useTranslation('instrument');
  const { message } = App.useApp();
  const today = todayInZone();
  const avail = useAvailability(instrumentId, today, addDays(today, 60));
  const add = useAddBlackout();
  const remove = useRemoveBlackout();
  const [form] = Form.useForm<{ range: [Dayjs, Dayjs]; reason?: string }>();

  return (
    <Card className="page-card" title={t('myInstruments.blackouts')} size="small">
      <Form
        form={form}
        layout="inline"
        className="filter-bar"
        onFinish={async (v) => {
          try {
            await add.mutateAsync({
              id: instrumentId,
              body: {
                start: fromZoneWallClock(v.range[0]),
                end: fromZoneWallClock(v.range[1]),
                reason: v.reason?.trim() ?? '',
              },
            });
            message.success(t('myInstruments.blackoutAdded'));
            form.resetFields();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form.Item name="range" rules={[{ required: true, message: t('validation.required') }]}>
          <DateRangeInput
            showTime={{ format: 'HH:mm', minuteStep: 30 }}
            format="YYYY-MM-DD HH:mm"
            style={{ maxWidth: 'calc(100vw - 80px)' }}
            data-testid="blackout-range"
          />
        </Form.Item>
        <Form.Item name="reason" rules={[zodRule(blackoutInputSchema.shape.reason)]}>
          <Input placeholder={t('myInstruments.blackoutReason')} maxLength={200} data-testid="blackout-reason" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="blackout-add">
            {t('myInstruments.addBlackout')}
          </Button>
        </Form.Item>
      </Form>
      <List
        size="small"
        loading={avail.isFetching}
        dataSource={avail.data?.blackouts ?? []}
        locale={{ emptyText: t('myInstruments.noBlackouts') }}
        renderItem={(b) => (
          <List.Item
            data-testid={`blackout-${b.id ?? b.start}`}
            actions={
              b.id
                ? [
                    <Popconfirm
                      key="rm"
                      title={t('myInstruments.removeBlackoutConfirm')}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true, 'data-testid': `blackout-remove-confirm-${b.id}` }}
                      onConfirm={() =>
                        remove.mutateAsync({ id: instrumentId, blackoutId: b.id as number }).then(
                          () => message.success(t('myInstruments.blackoutRemoved')),
                          (err) => message.error(errorMessage(err)),
                        )
                      }
                    >
                      <Button size="small" danger data-testid={`blackout-remove-${b.id}`}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>,
                  ]
                : []
            }
          >
            {formatPeriod(b.start, b.end)} {b.reason && `· ${b.reason}`}
          </List.Item>
        )}
      />
    </Card>
  );
}
