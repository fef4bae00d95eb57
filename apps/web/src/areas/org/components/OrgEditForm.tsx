import { type Org, type OrgInput, orgInputSchema } from '@cz/shared';
import { Alert, App, Button, Form } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../kit/forms/zod-form';
import { OrgFormFields } from './OrgFormFields';
import { factsChanged, fromOrg, type OrgFormValues, toOrgInput } from './org-form';

type Props = {
  /** The organisation being edited; absent when creating one. */
  org?: Org;
  /** Members are told that changes to verified facts wait for the administration; admins are not. */
  warnReverify?: boolean;
  submitText?: string;
  onSubmit: (input: OrgInput) => Promise<Org>;
  onDone?: (saved: Org) => void;
};

export function OrgEditForm({ org, warnReverify = false, submitText, onSubmit, onDone }: Props) {
  const { t } = useTranslation('org');
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<OrgFormValues>();
  useRelocalisedErrors(form);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    form.setFieldsValue(org ? fromOrg(org) : { kind: 'enterprise', isAboveScale: false, isSpecialized: false });
  }, [org, form]);

  const save = async (input: OrgInput) => {
    setBusy(true);
    try {
      const saved = await onSubmit(input);
      message.success(t('common.saved'));
      onDone?.(saved);
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const onFinish = async (values: OrgFormValues) => {
    const input = toOrgInput(values);
    const parsed = orgInputSchema.safeParse(input);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    if (warnReverify && org && org.status === 'verified' && factsChanged(org, parsed.data)) {
      modal.confirm({
        title: t('org.reverifyConfirmTitle'),
        content: t('org.reverifyConfirm'),
        okText: t('common.save'),
        cancelText: t('common.cancel'),
        okButtonProps: { 'data-testid': 'org-save-confirm' },
        onOk: () => save(input),
      });
      return;
    }
    await save(input);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={onFinish}
      scrollToFirstError={{ block: 'center' }}
      data-testid="org-form"
    >
      {warnReverify && org?.status === 'verified' && (
        <Alert type="warning" showIcon title={t('org.reverifyWarning')} style={{ marginBottom: 8 }} />
      )}
      <OrgFormFields showKind />
      <Button type="primary" htmlType="submit" loading={busy} data-testid="org-save">
        {submitText ?? t('common.save')}
      </Button>
    </Form>
  );
}
