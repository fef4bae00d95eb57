import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLES } from '@cz/shared';
import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Input,
  Popconfirm,
  Row,
  Select,
  Space,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn } from '../../../../kit/responsive';
import type { UserListItem } from '../../../../kit/types';
import { useLabels } from '../../../org/labels';
import { useIssuePasswordReset, useUpdateUser, useUserList } from '../../api';
import { CreateUserModal } from '../../components/CreateUserModal';
import { EditUserModal } from '../../components/EditUserModal';

const USER_LIST = { filters: { q: filter.text, role: filter.oneOf(ROLES), locked: filter.flag } };

export function AdminUsersPage() {
  const { t } = useTranslation('identity');
  const fixedLeft = useFixedColumn('left');
  const fixedRight = useFixedColumn('right');
  const { message, modal } = App.useApp();
  const { me } = useAuth();
  const labels = useLabels();
  const listPage = useListPage(USER_LIST);
  const { locked, ...filters } = listPage.filters;
  const query = {
    ...filters,
    ...(locked ? { locked: 'true' as const } : {}),
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useUserList(query);
  const patch = useUpdateUser();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<UserListItem | null>(null);
  const issueReset = useIssuePasswordReset();

  const reset = async (u: UserListItem) => {
    try {
      const issued = await issueReset.mutateAsync(u.id);
      modal.info({
        title: t('users.resetIssuedTitle'),
        width: 560,
        content: (
          <div data-testid="reset-issued">
            <Typography.Paragraph>
              {t('users.resetIssued', { name: u.displayName, until: formatDateTime(issued.expiresAt) })}
            </Typography.Paragraph>
            <Typography.Paragraph copyable code data-testid="reset-url">
              {issued.url}
            </Typography.Paragraph>
            {issued.emailed && <Typography.Paragraph type="secondary">{t('users.resetEmailed')}</Typography.Paragraph>}
          </div>
        ),
      });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const change = async (id: number, body: { status?: 'active' | 'disabled'; unlock?: boolean }) => {
    try {
      await patch.mutateAsync({ id, ...body });
      message.success(t('users.updated'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const columns: TableColumnsType<UserListItem> = [
    { title: t('users.username'), dataIndex: 'username', width: 150, fixed: fixedLeft },
    { title: t('users.displayName'), dataIndex: 'displayName', width: 140 },
    {
      title: t('users.role'),
      dataIndex: 'role',
      width: 120,
      render: (r: UserListItem['role']) => t(`enums.role.${r}`),
    },
    { title: t('users.org'), key: 'org', width: 220, render: (_: unknown, u) => u.orgName ?? u.department ?? '—' },
    {
      title: t('users.status'),
      key: 'status',
      width: 200,
      render: (_: unknown, u) => (
        <Space size={4} wrap>
          <Tag color={u.status === 'active' ? 'success' : 'default'}>{t(`enums.userStatus.${u.status}`)}</Tag>
          {u.lockedUntil && (
            <Tag color="warning" icon={<LockOutlined />}>
              {t('users.locked', { until: formatDateTime(u.lockedUntil) })}
            </Tag>
          )}
        </Space>
      ),
    },
    { title: t('users.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 260,
      fixed: fixedRight,
      render: (_: unknown, u) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setEditing(u)} data-testid={`user-edit-${u.id}`}>
            {t('users.edit')}
          </Button>
          {u.status === 'active' && (
            <Popconfirm
              title={t('users.resetConfirm', { name: u.displayName })}
              okText={t('users.resetLink')}
              cancelText={t('common.cancel')}
              onConfirm={() => reset(u)}
            >
              <Button type="link" size="small" data-testid={`user-reset-${u.id}`}>
                {t('users.resetLink')}
              </Button>
            </Popconfirm>
          )}
          {u.status === 'active' ? (
            <Popconfirm
              title={t('users.disableConfirm', { name: u.displayName })}
              okText={t('users.disable')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => change(u.id, { status: 'disabled' })}
              disabled={u.id === me?.id}
            >
              <Button type="link" size="small" danger disabled={u.id === me?.id} data-testid={`user-disable-${u.id}`}>
                {t('users.disable')}
              </Button>
            </Popconfirm>
          ) : (
            <Button
              type="link"
              size="small"
              onClick={() => change(u.id, { status: 'active' })}
              data-testid={`user-enable-${u.id}`}
            >
              {t('users.enable')}
            </Button>
          )}
          {u.lockedUntil && (
            <Button
              type="link"
              size="small"
              onClick={() => change(u.id, { unlock: true })}
              data-testid={`user-unlock-${u.id}`}
            >
              {t('users.unlock')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('users.title')}
        extra={
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-new">
              {t('users.new')}
            </Button>
            <ExportButton
              path="/users/export.xlsx"
              query={{ ...filters, ...(locked ? { locked: 'true' } : {}) }}
              fileName="users.xlsx"
              testId="users-export"
            />
          </>
        }
      />
      <Card>
        <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
          <Col xs={24} sm={12} lg={8}>
            <Input.Search
              key={query.q ?? ''}
              defaultValue={query.q}
              allowClear
              placeholder={t('users.qPlaceholder')}
              aria-label={t('users.qPlaceholder')}
              onSearch={(v) => listPage.setFilter('q', v.trim())}
              data-testid="user-filter-q"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('users.role')}
              aria-label={t('users.role')}
              options={labels.roleOptions}
              value={query.role}
              onChange={(v: string | undefined) => listPage.setFilter('role', v)}
              data-testid="user-filter-role"
            />
          </Col>
          <Col xs={24} sm={12} lg={6}>
            <Checkbox
              checked={locked}
              onChange={(e) => listPage.setFilter('locked', e.target.checked ? 'true' : undefined)}
              data-testid="user-filter-locked"
            >
              {t('users.lockedOnly')}
            </Checkbox>
          </Col>
        </Row>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1240 }}
            onRow={(u) => ({ 'data-testid': `user-row-${u.id}` }) as React.HTMLAttributes<HTMLElement>}
            pagination={listPage.pagination(list.data?.total)}
          />
        )}
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
