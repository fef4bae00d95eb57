import type { PolicyDocumentRow } from '@cz/shared/policy-docs';
import { App, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { toIsoDate } from '../../../kit/datetime';
import { DateInput } from '../../../kit/forms/DateInput';
import { useAdminPolicies, useRepealPolicy } from '../api';

/** 废止: from a date, optionally naming the published document that replaces it, with a note. */
export function RepealModal({
  doc,
  onClose,
}: {
  doc: Pick<PolicyDocumentRow, 'id' | 'title'> | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const repeal = useRepealPolicy();
  const [form] = Form.useForm<{ repealedOn: Dayjs; replacedBy?: number; note?: string }>();
  const [q, setQ] = useState('');
  const candidates = useAdminPolicies({ status: 'published', q: q || undefined, pageSize: 20 });
  const options = (candidates.data?.items ?? [])
    .filter((d) => d.id !== doc?.id)
    .map((d) => ({ value: d.id, label: `${d.title}${d.docNumber ? `（${d.docNumber}）` : ''}` }));

  return (
    <Modal
      open={doc !== null}
      title={t('repeal.title', { title: doc?.title ?? '' })}
      okText={t('repeal.ok')}
      okButtonProps={{ danger: true, loading: repeal.isPending, 'data-testid': 'policy-repeal-ok' }}
      onCancel={onClose}
      destroyOnHidden
      onOk={() =>
        form.validateFields().then(async (v) => {
          if (!doc) return;
          try {
            await repeal.mutateAsync({
              id: doc.id,
              body: {
                repealedOn: toIsoDate(v.repealedOn) as string,
                replacedBy: v.replacedBy ?? null,
                note: v.note ?? '',
              },
            });
            message.success(t('repeal.done'));
            onClose();
          } catch (err) {
            message.error(errorMessage(err));
          }
        })
      }
    >
      <Form form={form} layout="vertical" initialValues={{ repealedOn: dayjs() }}>
        <Form.Item name="repealedOn" label={t('fields.repealedOn')} rules={[{ required: true }]}>
          <DateInput style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="replacedBy" label={t('fields.replacedBy')}>
          <Select
            allowClear
            showSearch
            filterOption={false}
            onSearch={setQ}
            options={options}
            placeholder={t('repeal.replacedByPlaceholder')}
            aria-label={t('fields.replacedBy')}
          />
        </Form.Item>
        <Form.Item name="note" label={t('repeal.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
