import { ORG_ROLES, type Role } from '@cz/shared/common/enums';
import { createUserBodySchema, type NewUserBody } from '@cz/shared/identity';
import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isAdminRole, useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { useRelocalisedErrors, zodRule } from '../../../kit/forms/zod-form';
import { useLabels } from '../../org/labels';
import { useCreateUser } from '../api';
import { OrgPicker } from './OrgPicker';
import { passwordRule } from './password-rule';

const shape = createUserBodySchema.shape;
const needsOrg = (role: Role | undefined) => !!role && (ORG_ROLES as readonly Role[]).includes(role);

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation(['identity', 'errors']);
  const { message } = App.useApp();
  const { me } = useAuth();
  const labels = useLabels();
  const create = useCreateUser();
  const [form] = Form.useForm<NewUserBody>();
  useRelocalisedErrors(form);
  const role = Form.useWatch('role', form);
  // Only a superadmin may create another superadmin (the server refuses otherwise).
  const roleOptions = labels.roleOptions.filter((o) => o.value !== 'superadmin' || me?.role === 'superadmin');

  const submit = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    try {
      await create.mutateAsync({
        username: v.username.trim(),
        password: v.password,
        displayName: v.displayName.trim(),
        role: v.role,
        department: isAdminRole(v.role) && v.department?.trim() ? v.department.trim() : undefined,
        orgId: needsOrg(v.role) ? v.orgId : undefined,
      });
      message.success(t('users.created'));
      form.resetFields();
      onClose();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <Modal
      open={open}
      title={t('users.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'user-create-submit' }}
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ role: 'enterprise' }}>
        <Form.Item name="role" label={t('users.role')} required>
          <Select options={roleOptions} data-testid="user-role" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('users.username')}
          required
          rules={[zodRule(shape.username)]}
          extra={t('validation.username.format')}
        >
          <Input autoComplete="off" data-testid="user-username" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} required rules={[zodRule(shape.displayName)]}>
          <Input maxLength={64} data-testid="user-display-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          required
          dependencies={['username']}
          rules={[passwordRule(() => form.getFieldValue('username'))]}
          extra={t('auth.passwordPolicy')}
        >
          <Input.Password autoComplete="new-password" data-testid="user-password" />
        </Form.Item>
        {isAdminRole(role) && (
          <Form.Item name="department" label={t('users.department')} rules={[zodRule(shape.department)]}>
            <Input maxLength={64} data-testid="user-department" />
          </Form.Item>
        )}
        {needsOrg(role) && (
          <Form.Item
            name="orgId"
            label={t('users.org')}
            required
            rules={[{ required: true, message: t('errors:user.org_required') }]}
          >
            <OrgPicker />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
