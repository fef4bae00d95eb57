import { LABEL_CODE, type Label, labelSchema } from '@cz/shared/finance';
import { App, Button, Card, Checkbox, Form, Input, Modal, type TableColumnType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { type Issue, showIssues } from '../../../kit/forms/zod-form';
import { useOverlayWidth } from '../../../kit/responsive';
import { useLabels, useSaveLabel } from '../api';

/** The zone's product labels (科技助保贷, 信用标 …): added, renamed, switched off by the finance office. */
export function LabelsCard() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useLabels();
  const save = useSaveLabel();
  const width = useOverlayWidth(520);
  const [editing, setEditing] = useState<Label | 'new' | null>(null);
  const [form] = Form.useForm<Label>();
  const open = (l: Label | 'new') => {
    form.resetFields();
    form.setFieldsValue(l === 'new' ? { code: '', zh: '', en: '', active: true } : l);
    setEditing(l);
  };
  const submit = async () => {
    const parsed = labelSchema.safeParse(form.getFieldsValue());
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      message.success(t('admin.settings.labelSaved'));
      setEditing(null);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const columns: TableColumnType<Label>[] = [
    { title: t('admin.settings.labelZh'), dataIndex: 'zh' },
    { title: t('admin.settings.labelEn'), dataIndex: 'en' },
    { title: t('admin.settings.labelCode'), dataIndex: 'code' },
    {
      title: t('fields.status'),
      dataIndex: 'active',
      render: (a: boolean) => (
        <Tag color={a ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
          {a ? t('admin.settings.active') : t('admin.settings.inactive')}
        </Tag>
      ),
    },
    {
      title: t('fields.actions'),
      key: 'actions',
      render: (_: unknown, l) => (
        <Button size="small" onClick={() => open(l)} data-testid={`label-edit-${l.code}`}>
          {t('admin.settings.edit')}
        </Button>
      ),
    },
  ];
  return (
    <Card
      title={t('admin.settings.labels')}
      extra={
        <Button onClick={() => open('new')} data-testid="label-add">
          {t('admin.settings.addLabel')}
        </Button>
      }
    >
      <DataTable<Label>
        rowKey="code"
        columns={columns}
        dataSource={labels.data?.items}
        loading={labels.isPending}
        pagination={false}
      />
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t('admin.settings.addLabel') : t('admin.settings.edit')}
        width={width}
        okText={t('admin.settings.save')}
        cancelText={t('caseAction.cancel')}
        onOk={submit}
        onCancel={() => setEditing(null)}
        okButtonProps={{ loading: save.isPending }}
        destroyOnHidden
      >
        <Form<Label> form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="code"
            label={t('admin.settings.labelCode')}
            extra={t('admin.settings.codeHint')}
            rules={[{ required: true, pattern: LABEL_CODE }]}
          >
            <Input disabled={editing !== 'new'} maxLength={30} />
          </Form.Item>
          <Form.Item name="zh" label={t('admin.settings.labelZh')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="en" label={t('admin.settings.labelEn')} rules={[{ required: true, min: 2 }]}>
            <Input maxLength={60} />
          </Form.Item>
          <Form.Item name="active" valuePropName="checked">
            <Checkbox>{t('admin.settings.active')}</Checkbox>
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
