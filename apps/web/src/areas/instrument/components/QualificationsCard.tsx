import { usernameSchema } from '@cz/shared';
import { App, Button, Card, Form, Input, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDateTime } from '../../../kit/datetime';
import { zodRule } from '../../../kit/forms/zod-form';
import { lookupUser } from '../../identity/api';
import { useQualifications, useSetQualification } from '../api';

/** Users trained on the instrument: granted by username (looked up on the server), withdrawn from the list. */
export function QualificationsCard({ instrumentId, required }: { instrumentId: number; required: boolean }) {
  const { t } = useTranslation(['instrument', 'booking']);
  const { message } = App.useApp();
  const list = useQualifications(instrumentId);
  const set = useSetQualification();
  const [form] = Form.useForm<{ username: string }>();
  const [looking, setLooking] = useState(false);
  return (
    <Card className="page-card" title={t('myInstruments.qualifications')} size="small">
      {!required && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('myInstruments.trainingOff')}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="inline"
        className="filter-bar"
        onFinish={async (v) => {
          setLooking(true);
          try {
            const user = await lookupUser(v.username.trim());
            await set.mutateAsync({ id: instrumentId, userId: user.id, granted: true });
            const name = user.orgName
              ? t('myInstruments.userWithOrg', { name: user.displayName, org: user.orgName })
              : user.displayName;
            message.success(t('myInstruments.grantedTo', { name }));
            form.resetFields();
          } catch (err) {
            message.error(errorMessage(err));
          } finally {
            setLooking(false);
          }
        }}
      >
        <Form.Item name="username" rules={[zodRule(usernameSchema)]}>
          <Input
            placeholder={t('myInstruments.username')}
            maxLength={64}
            autoComplete="off"
            style={{ width: 200 }}
            data-testid="qualification-user"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={looking || set.isPending} data-testid="qualification-grant">
            {t('myInstruments.grant')}
          </Button>
        </Form.Item>
      </Form>
      <DataTable
        size="small"
        rowKey="userId"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 480 }}
        locale={{ emptyText: t('myInstruments.noQualifications') }}
        columns={[
          {
            title: t('myInstruments.user'),
            key: 'user',
            render: (_: unknown, q) => `${q.displayName} (${q.username})`,
          },
          { title: t('booking:bookings.org'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
          { title: t('myInstruments.grantedAt'), dataIndex: 'grantedAt', width: 150, render: formatDateTime },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_: unknown, q) => (
              <Popconfirm
                title={t('myInstruments.revoke')}
                onConfirm={() =>
                  set.mutateAsync({ id: instrumentId, userId: q.userId, granted: false }).then(
                    () => message.success(t('myInstruments.revoked')),
                    (err) => message.error(errorMessage(err)),
                  )
                }
              >
                <Button size="small" danger>
                  {t('myInstruments.revoke')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
