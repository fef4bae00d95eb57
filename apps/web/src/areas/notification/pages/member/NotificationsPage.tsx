import { BellOutlined } from '@ant-design/icons';
import type { Notification } from '@cz/shared/notification';
import { App, Badge, Button, Card, Grid, Input, List, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useMarkRead, useNotifications } from '../../api';
import { notificationText } from '../../notification-text';

/**
 * My notifications, newest first, searched and paged on the server (in the URL): each as a sentence, marked read
 * when opened or all at once.
 */
const NOTIFICATION_LIST = { filters: { q: filter.text, unread: filter.flag } };

export function NotificationsPage() {
  const { t } = useTranslation('notification');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const money = useFormatMoney();
  const listPage = useListPage(NOTIFICATION_LIST);
  const { update } = listPage;
  const { unread, q } = listPage.filters;
  const list = useNotifications({ page: listPage.page, pageSize: listPage.pageSize, unread, q });
  const mark = useMarkRead();
  const screens = Grid.useBreakpoint();

  const open = async (n: Notification) => {
    if (!n.readAt) await mark.mutateAsync([n.id]).catch(() => undefined);
    if (n.link) navigate(n.link);
  };

  return (
    <div style={{ maxWidth: 900 }}>
      <PageHeader
        title={t('notifications.title')}
        extra={
          <>
            <Button
              disabled={!list.data?.unread}
              loading={mark.isPending}
              data-testid="notifications-read-all"
              onClick={() => mark.mutateAsync('all').catch((err) => message.error(errorMessage(err)))}
            >
              {t('notifications.markAll')}
            </Button>
            <ExportButton
              path="/notifications/export.xlsx"
              query={{ q, unread: unread ? 'true' : undefined }}
              fileName="notifications.xlsx"
              testId="notifications-export"
            />
          </>
        }
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search
            key={q ?? ''}
            defaultValue={q}
            allowClear
            placeholder={t('notifications.searchPlaceholder')}
            aria-label={t('notifications.searchPlaceholder')}
            onSearch={(v) => update({ q: v.trim() })}
            style={{ width: 320, maxWidth: '100%' }}
            data-testid="notifications-search"
          />
          <Switch
            id="notifications-unread-only"
            checked={unread}
            onChange={(v) => update({ unread: v ? 'true' : null })}
          />
          <label htmlFor="notifications-unread-only">{t('notifications.unreadOnly')}</label>
        </Space>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <List
            itemLayout={screens.md ? 'horizontal' : 'vertical'}
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t('notifications.empty') }}
            pagination={listPage.pagination(list.data?.total, {
              pageSize: 20,
              showSizeChanger: false,
              showTotal: undefined,
              size: 'small',
            })}
            renderItem={(n) => {
              const { text, detail } = notificationText(n, money);
              return (
                <List.Item
                  data-testid={`notification-${n.id}`}
                  data-read={!!n.readAt}
                  actions={[
                    ...(n.link
                      ? [
                          <Button key="open" type="link" size="small" onClick={() => open(n)}>
                            {t('notifications.open')}
                          </Button>,
                        ]
                      : []),
                    ...(!n.readAt
                      ? [
                          <Button key="read" type="link" size="small" onClick={() => mark.mutate([n.id])}>
                            {t('notifications.markRead')}
                          </Button>,
                        ]
                      : []),
                  ]}
                >
                  <List.Item.Meta
                    avatar={
                      <Badge dot={!n.readAt}>
                        <BellOutlined style={{ fontSize: 18, color: n.readAt ? '#bfbfbf' : '#1456c8' }} />
                      </Badge>
                    }
                    title={
                      <Typography.Text
                        strong={!n.readAt}
                        style={{ cursor: n.link ? 'pointer' : undefined }}
                        onClick={() => open(n)}
                      >
                        {text}
                      </Typography.Text>
                    }
                    description={
                      <>
                        {detail && <div>{detail}</div>}
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {formatDateTime(n.createdAt)}
                        </Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              );
            }}
          />
        )}
      </Card>
    </div>
  );
}
