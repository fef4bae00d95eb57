import { Alert, App, Button, Card, Descriptions, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useEvent, useEventStep } from '../../deals.api';
import { useMarketLabels } from '../../labels';
import { EventRecords } from '../admin/EventRecords';

/**
 * One push event: when and where, what it is about and the achievements it features; a member registers its
 * organisation until the event ends; the administration manages invitations, check-in and the pairs that met.
 */
export function EventPage() {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const labels = useMarketLabels();
  const { me } = useAuth();
  const admin = me ? isAdminRole(me.role) : false;
  const id = Number(useParams().id);
  const one = useEvent(id);
  const step = useEventStep();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const e = one.data;
  if (!e) return <Spin />;
  const open = e.status === 'planned' && new Date(e.endsAt) > new Date();
  return (
    <div data-testid="event" data-id={e.id} data-status={e.status}>
      <PageHeader
        title={e.title}
        subtitle={`${formatDateTime(e.startsAt)} – ${formatDateTime(e.endsAt)}${e.venue ? ` · ${e.venue}` : ''}`}
        extra={
          <Space wrap>
            {e.mine && open && !e.mine.registered && (
              <Button
                type="primary"
                loading={step.isPending}
                data-testid="event-register"
                onClick={() =>
                  step.mutateAsync({ id, step: 'registration' }).then(
                    () => message.success(t('events.registeredOk')),
                    (err) => message.error(errorMessage(err)),
                  )
                }
              >
                {t('events.register')}
              </Button>
            )}
            {e.mine?.registered && (
              <Tag color="success" data-testid="event-mine-registered">
                {t('events.mineRegistered')}
              </Tag>
            )}
            {e.mine?.invited && !e.mine.registered && <Tag color="blue">{t('events.mineInvited')}</Tag>}
            {admin && e.status === 'planned' && (
              <LinkButton to={`/admin/market/events/${e.id}/edit`} data-testid="event-edit">
                {t('events.edit')}
              </LinkButton>
            )}
          </Space>
        }
      />
      {e.status === 'cancelled' && (
        <Alert type="warning" showIcon title={t('events.cancelledNote')} style={{ marginBottom: 16 }} />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('events.status')}>{t(`events.statuses.${e.status}`)}</Descriptions.Item>
          <Descriptions.Item label={t('events.registered')}>{e.registeredCount}</Descriptions.Item>
        </Descriptions>
        {e.description && (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{e.description}</Typography.Paragraph>
        )}
      </Card>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('events.featuredTitle', { count: e.achievements.length })}
          </Typography.Title>
        }
      >
        <List
          dataSource={e.achievements}
          renderItem={(a) => (
            <List.Item key={a.achievementId}>
              <List.Item.Meta
                title={<Link to={`/market/achievements/${a.achievementId}`}>{a.title}</Link>}
                description={`${a.ownerName} · ${labels.field(a.field)}`}
              />
            </List.Item>
          )}
        />
      </Card>
      {admin && <EventRecords event={e} />}
    </div>
  );
}
