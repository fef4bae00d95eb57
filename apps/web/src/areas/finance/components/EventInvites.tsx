import type { FinanceEvent } from '@cz/shared/finance';
import { App, Button, Card, Col, Form, Row, Select, Space, type TableColumnType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { OrgPicker } from '../../identity/components/OrgPicker';
import { useInstitutions } from '../api';
import { useInvite } from '../events.api';
import { ResponseTag } from './fundingTags';

type Invite = FinanceEvent['invites'][number];

/** Who is invited and how each answered; the office invites institutions and enterprises while it is planned. */
export function EventInvites({ event: e, office }: { event: FinanceEvent; office: boolean }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const institutions = useInstitutions({ pageSize: 100 }, office);
  const invite = useInvite();
  const [banks, setBanks] = useState<number[]>([]);
  const [enterprise, setEnterprise] = useState<number | undefined>();
  const invited = new Set(e.invites.map((i) => i.orgId));
  const columns: TableColumnType<Invite>[] = [
    { title: t('event.org'), dataIndex: 'name' },
    {
      title: t('event.side'),
      dataIndex: 'side',
      render: (s: Invite['side']) => (s === 'institution' ? t('event.sideInstitution') : t('event.sideEnterprise')),
    },
    {
      title: t('event.response'),
      dataIndex: 'response',
      render: (r: Invite['response'], i) => <ResponseTag response={r} testId={`invite-${i.orgId}-response`} />,
    },
  ];
  const send = async (orgIds: number[]) => {
    try {
      await invite.mutateAsync({ id: e.id, orgIds });
      message.success(t('event.invited'));
      setBanks([]);
      setEnterprise(undefined);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <Card title={t('event.invites')}>
      {office && e.status === 'planned' && (
        <Form layout="vertical">
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item label={t('event.inviteInstitutions')} htmlFor="invite-institutions">
                <Select
                  id="invite-institutions"
                  mode="multiple"
                  value={banks}
                  onChange={setBanks}
                  optionFilterProp="label"
                  aria-label={t('event.inviteInstitutions')}
                  options={(institutions.data?.items ?? [])
                    .filter((i) => !invited.has(i.orgId))
                    .map((i) => ({ value: i.orgId, label: i.name }))}
                  data-testid="invite-institutions"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item label={t('event.inviteEnterprises')} htmlFor="invite-enterprise">
                <OrgPicker
                  id="invite-enterprise"
                  kinds={['enterprise']}
                  value={enterprise}
                  onChange={setEnterprise}
                  testId="invite-enterprise"
                />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ marginBottom: 16 }}>
            <Button
              type="primary"
              disabled={banks.length === 0 && !enterprise}
              loading={invite.isPending}
              onClick={() => send([...banks, ...(enterprise ? [enterprise] : [])])}
              data-testid="invite-send"
            >
              {t('event.invite')}
            </Button>
          </Space>
        </Form>
      )}
      <DataTable<Invite> rowKey="orgId" columns={columns} dataSource={e.invites} pagination={{ pageSize: 20 }} />
    </Card>
  );
}
