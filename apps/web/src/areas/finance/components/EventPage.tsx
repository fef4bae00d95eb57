import { App, Button, Popconfirm, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { PageHeader } from '../../../kit/components/PageHeader';
import { QueryError } from '../../../kit/components/QueryError';
import { useEndEvent, useFinanceEvent, useRespond } from '../events.api';
import { EventInfo } from './EventInfo';
import { EventInvites } from './EventInvites';
import { type Audience, EventMeetings } from './EventMeetings';
import { ResponseTag } from './fundingTags';

/** One 银企对接会 as its audience sees it: the office runs it, the invited answer and follow up. */
export function EventPage({ audience }: { audience: Audience }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const { me } = useAuth();
  const id = Number(useParams().id);
  const one = useFinanceEvent(id);
  const respond = useRespond();
  const end = useEndEvent();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const e = one.data;
  if (!e) return <Spin />;
  const office = audience === 'office';
  const mine = e.invites.find((i) => i.orgId === me?.org?.id);
  const run = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      message.success(done);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const planned = e.status === 'planned';
  const extra = office
    ? planned && (
        <>
          <Button
            type="primary"
            loading={end.isPending}
            onClick={() => run(() => end.mutateAsync({ id: e.id, status: 'held' }), t('event.ended'))}
            data-testid="event-held"
          >
            {t('event.endHeld')}
          </Button>
          <Popconfirm
            title={t('event.cancelConfirm')}
            onConfirm={() => run(() => end.mutateAsync({ id: e.id, status: 'cancelled' }), t('event.ended'))}
          >
            <Button danger data-testid="event-cancel">
              {t('event.cancel')}
            </Button>
          </Popconfirm>
        </>
      )
    : mine &&
      planned && (
        <>
          <Button
            type="primary"
            disabled={mine.response === 'accepted'}
            onClick={() => run(() => respond.mutateAsync({ id: e.id, response: 'accepted' }), t('event.responded'))}
            data-testid="event-accept"
          >
            {t('event.accept')}
          </Button>
          <Button
            disabled={mine.response === 'declined'}
            onClick={() => run(() => respond.mutateAsync({ id: e.id, response: 'declined' }), t('event.responded'))}
            data-testid="event-decline"
          >
            {t('event.decline')}
          </Button>
        </>
      );
  return (
    <div data-testid="finance-event" data-id={e.id} data-status={e.status}>
      <PageHeader title={e.title} subtitle={e.venue} extra={extra || undefined} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {mine && (
          <Typography.Text>
            {t('event.myResponse')}
            <ResponseTag response={mine.response} testId="event-my-response" />
          </Typography.Text>
        )}
        <EventInfo event={e} />
        {office && <EventInvites event={e} office />}
        <EventMeetings event={e} audience={audience} />
      </Space>
    </div>
  );
}
