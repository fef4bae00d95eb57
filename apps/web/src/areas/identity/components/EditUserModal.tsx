import { ADMIN_ROLES, ORG_ROLES, type Role } from '@cz/shared/common/enums';
import { updateUserBodySchema } from '@cz/shared/identity';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { useRelocalisedErrors, zodRule } from '../../../kit/forms/zod-form';
import type { UserListItem } from '../../../kit/types';
import { useLabels } from '../../org/labels';
import { useUpdateUser } from '../api';

type Values = { displayName: string; role: Role; department?: string };
const shape = updateUserBodySchema.shape;
const isOrgRole = (r: Role) => (ORG_ROLES as readonly Role[]).includes(r);
const isAdminRole = (r: Role | undefined) => !!r && (ADMIN_ROLES as readonly Role[]).includes(r);

/** An administrator edits a user's name, role (between roles without an organisation) and department. */
export function EditUserModal({ user, onClose }: { user: UserListItem | null; onClose: () => void }) {
  const { t } = useTranslation(['identity', 'errors']);
  const { message } = App.useApp();
  const { me } = useAuth();
  const labels = useLabels();
  const update = useUpdateUser();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const role = Form.useWatch('role', form);

  useEffect(() => {
    if (user)
      form.setFieldsValue({ displayName: user.displayName, role: user.role, department: user.department ?? undefined });
  }, [user, form]);

  const fixedRole = !user || isOrgRole(user.role) || user.id === me?.id;
  const roleOptions = labels.roleOptions.filter(
    (o) => !isOrgRole(o.value as Role) && (o.value !== 'superadmin' || me?.role === 'superadmin'),
  );

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !user) return;
    try {
      await update.mutateAsync({
        id: user.id,
        displayName: v.displayName.trim(),
        ...(fixedRole || v.role === user.role ? {} : { role: v.role }),
        ...(isAdminRole(v.role) ? { department: v.department?.trim() ? v.department.trim() : null } : {}),
      });
      message.success(t('users.updated'));
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.editTitle', { username: user?.username ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'user-edit-submit' }}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="displayName" label={t('users.displayName')} required rules={[zodRule(shape.displayName)]}>
          <Input maxLength={64} data-testid="user-edit-name" />
        </Form.Item>
        {fixedRole ? (
          <Form.Item label={t('users.role')}>
            <Typography.Text type="secondary">
              {user ? t(`enums.role.${user.role}`) : ''}
              {user && isOrgRole(user.role) ? ` · ${t('users.roleFixed')}` : ''}
            </Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item name="role" label={t('users.role')} required>
            <Select options={roleOptions} data-testid="user-edit-role" />
          </Form.Item>
        )}
        {fixedRole && (
          <Form.Item name="role" hidden>
            <Input />
          </Form.Item>
        )}
        {isAdminRole(role) && (
          <Form.Item name="department" label={t('users.department')}>
            <Input maxLength={64} data-testid="user-edit-department" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
