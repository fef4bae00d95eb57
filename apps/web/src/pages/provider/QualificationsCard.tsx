import { App, Button, Card, Form, InputNumber, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQualifications, useSetQualification } from '../../api/instruments';
import { errorMessage } from '../../app/errors';
import { formatDateTime } from '../../lib/datetime';

/** Users trained on the instrument: granted by user id, withdrawn from the list. */
export function QualificationsCard({ instrumentId, required }: { instrumentId: number; required: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useQualifications(instrumentId);
  const set = useSetQualification();
  const [form] = Form.useForm<{ userId: number }>();
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
          try {
            await set.mutateAsync({ id: instrumentId, userId: v.userId, granted: true });
            message.success(t('myInstruments.granted'));
            form.resetFields();
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form.Item name="userId" rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber
            min={1}
            precision={0}
            placeholder={t('myInstruments.userId')}
            style={{ width: 160 }}
            data-testid="qualification-user"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={set.isPending} data-testid="qualification-grant">
            {t('myInstruments.grant')}
          </Button>
        </Form.Item>
      </Form>
      <Table
        size="small"
        rowKey="userId"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('myInstruments.noQualifications') }}
        columns={[
          { title: t('myInstruments.userId'), dataIndex: 'userId', width: 80 },
          {
            title: t('myInstruments.user'),
            key: 'user',
            render: (_: unknown, q) => `${q.displayName} (${q.username})`,
          },
          { title: t('bookings.org'), dataIndex: 'orgName', render: (v: string | null) => v ?? '—' },
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
