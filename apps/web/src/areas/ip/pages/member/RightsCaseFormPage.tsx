import { RIGHTS_CASE_KINDS } from '@cz/shared/ip';
import { Alert, App, Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { useIpList } from '../../api';
import { useSubmitCase } from '../../rights.api';

type Values = {
  kind: (typeof RIGHTS_CASE_KINDS)[number];
  title: string;
  description: string;
  counterparty: string;
  ipRecordId?: number;
  evidence?: string[];
};

/** 申请维权援助: what happened, the other side, the IP record it is about, and the evidence. */
export function RightsCaseFormPage() {
  const { t } = useTranslation('ip');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const submit = useSubmitCase();
  const records = useIpList({ pageSize: 200 } as never);
  return (
    <div>
      <PageHeader title={t('cases.newTitle')} subtitle={t('cases.newSubtitle')} />
      <Card>
        <Alert type="info" showIcon title={t('cases.newHint')} style={{ marginBottom: 16 }} />
        <Form<Values>
          layout="vertical"
          initialValues={{ kind: 'infringed' }}
          onFinish={async (v) => {
            try {
              const c = await submit.mutateAsync({
                kind: v.kind,
                title: v.title,
                description: v.description,
                counterparty: v.counterparty,
                ipRecordId: v.ipRecordId ?? null,
                evidence: v.evidence ?? [],
              });
              message.success(t('cases.submitted'));
              navigate(`/my/ip-cases/${c.id}`);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Form.Item name="kind" label={t('cases.fields.kind')} rules={[{ required: true }]}>
            <Select
              data-testid="case-kind"
              options={RIGHTS_CASE_KINDS.map((k) => ({ value: k, label: t(`cases.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('cases.fields.title')} rules={[{ required: true, min: 4, max: 200 }]}>
            <Input data-testid="case-title" />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('cases.fields.description')}
            rules={[{ required: true, min: 20, max: 4000 }]}
          >
            <Input.TextArea rows={5} data-testid="case-description" />
          </Form.Item>
          <Form.Item
            name="counterparty"
            label={t('cases.fields.counterparty')}
            rules={[{ required: true, min: 2, max: 200 }]}
          >
            <Input data-testid="case-counterparty" />
          </Form.Item>
          <Form.Item name="ipRecordId" label={t('cases.fields.ipRecord')}>
            <Select
              allowClear
              options={(records.data?.items ?? []).map((r) => ({ value: r.id, label: `${r.title}（${r.number}）` }))}
            />
          </Form.Item>
          <Form.Item name="evidence" label={t('cases.fields.evidence')}>
            <FileUploader max={20} testId="case-evidence" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={submit.isPending} data-testid="case-submit">
            {t('cases.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
