import { PlusOutlined } from '@ant-design/icons';
import { AFFILIATION_KINDS, type Affiliation, type AffiliationKind } from '@cz/shared/org';
import { App, Button, Card, Form, Input, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { formatDateTime } from '../../../kit/datetime';
import { OrgPicker } from '../../identity/components/OrgPicker';
import { useAddAffiliation, useAffiliations, useRemoveAffiliation } from '../affiliations.api';

/** Related parties of an organisation (隶属、共建、产权纽带), recorded by the administration. */
export function AffiliationsCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('org');
  const { message } = App.useApp();
  const list = useAffiliations(orgId);
  const add = useAddAffiliation(orgId);
  const remove = useRemoveAffiliation(orgId);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<{ orgId: number; kind: AffiliationKind; note?: string }>();

  return (
    <Card
      className="page-card"
      title={t('affiliations.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setAdding((v) => !v)} data-testid="affiliation-add">
          {t('affiliations.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('affiliations.hint')}</Typography.Paragraph>
      {adding && (
        <Form
          form={form}
          layout="inline"
          className="filter-bar"
          initialValues={{ kind: 'subordinate' }}
          onFinish={async (v) => {
            try {
              await add.mutateAsync({ orgId: v.orgId, kind: v.kind, note: v.note?.trim() ?? '' });
              message.success(t('affiliations.added'));
              form.resetFields();
              setAdding(false);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Form.Item
            name="orgId"
            rules={[{ required: true, message: t('validation.required') }]}
            style={{ minWidth: 260 }}
          >
            <OrgPicker />
          </Form.Item>
          <Form.Item name="kind">
            <Select
              style={{ width: 130 }}
              aria-label={t('affiliations.kind')}
              options={AFFILIATION_KINDS.map((k) => ({ value: k, label: t(`affiliations.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="note">
            <Input placeholder={t('affiliations.note')} aria-label={t('affiliations.note')} maxLength={500} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {t('common.save')}
            </Button>
          </Form.Item>
        </Form>
      )}
      <DataTable<Affiliation>
        rowKey="orgId"
        size="small"
        loading={list.isFetching}
        dataSource={list.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('affiliations.empty') }}
        columns={[
          { title: t('affiliations.org'), dataIndex: 'orgName' },
          {
            title: t('affiliations.kind'),
            dataIndex: 'kind',
            width: 110,
            render: (k: AffiliationKind) => t(`affiliations.kinds.${k}`),
          },
          { title: t('affiliations.note'), dataIndex: 'note', render: (n: string) => n || '—' },
          { title: t('affiliations.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
          {
            title: t('common.actions'),
            key: 'a',
            width: 90,
            render: (_: unknown, a) => (
              <Popconfirm
                title={t('affiliations.removeConfirm', { name: a.orgName })}
                onConfirm={() =>
                  remove.mutateAsync(a.orgId).then(
                    () => message.success(t('affiliations.removed')),
                    (err) => message.error(errorMessage(err)),
                  )
                }
              >
                <Button size="small" danger>
                  {t('affiliations.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
