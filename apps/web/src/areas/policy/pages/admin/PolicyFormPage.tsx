import { App, Button, Card, Col, Form, Row, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { useAdminPolicy, useCreatePolicy, usePublishPolicy, useSetPolicyAttachments, useUpdatePolicy } from '../../api';
import { AttachmentsEditor } from '../../components/AttachmentsEditor';
import { FaqFields } from '../../components/FaqFields';
import { PolicyFactsFields, PolicyTagFields } from '../../components/PolicyFactsFields';
import { StateTag } from '../../components/PolicyTags';
import { type PolicyFormValues, toFormValues, toInput } from '../../components/policy-form';
import { RepealModal } from '../../components/RepealModal';
import { RichTextEditor } from '../../components/RichTextEditor';
import { DocumentItems } from '../../items/components/DocumentItems';

const EMPTY: Partial<PolicyFormValues> = {
  level: 'zone',
  bodyHtml: '',
  interpretationHtml: '',
  faq: [],
  industries: [],
  enterpriseKinds: [],
  supportKinds: [],
  topics: [],
};

/** Writes a new document or edits one: facts, tags, 解读, FAQ, full text; attachments, publishing and repeal. */
export function PolicyFormPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const id = Number(useParams().id) || undefined;
  const existing = useAdminPolicy(id);
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const publish = usePublishPolicy();
  const attach = useSetPolicyAttachments();
  const [form] = Form.useForm<PolicyFormValues>();
  const [repealing, setRepealing] = useState(false);
  useRelocalisedErrors(form);
  const doc = existing.data;

  useEffect(() => {
    if (doc) form.setFieldsValue(toFormValues(doc));
  }, [doc, form]);

  const save = async (v: PolicyFormValues) => {
    const { body, parsed } = toInput(v);
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return undefined;
    }
    try {
      const saved = id ? await update.mutateAsync({ id, body }) : await create.mutateAsync(body);
      message.success(id ? t('form.saved') : t('form.created'));
      if (!id) navigate(`/admin/policies/${saved.id}/edit`, { replace: true });
      return saved;
    } catch (err) {
      message.error(errorMessage(err));
      return undefined;
    }
  };

  if (id && existing.isError) return <QueryError error={existing.error} onRetry={() => existing.refetch()} />;
  if (id && !doc) return <Spin />;
  const repealed = doc?.status === 'repealed';
  const title = id ? t('form.editTitle') : t('form.newTitle');
  return (
    <div style={{ maxWidth: 1100 }} data-testid="policy-form-page" data-state={doc?.state ?? 'new'}>
      <PageHeader
        title={title}
        documentTitle={doc ? `${title} · ${doc.title}` : title}
        subtitle={doc ? <StateTag state={doc.state} testId="policy-form-state" /> : t('form.subtitle')}
        extra={
          <>
            {doc?.status === 'draft' && (
              <Button
                type="primary"
                data-testid="policy-publish"
                loading={publish.isPending}
                onClick={async () => {
                  // What is on the form is saved first, so that what is published is what the editor sees.
                  const saved = await form.validateFields().then(save, () => undefined);
                  if (!saved) return;
                  publish.mutateAsync(saved.id).then(
                    () => message.success(t('admin.published')),
                    (err) => message.error(errorMessage(err)),
                  );
                }}
              >
                {t('form.saveAndPublish')}
              </Button>
            )}
            {doc?.status === 'published' && (
              <>
                <LinkButton to={`/policies/${doc.id}`} data-testid="policy-view-public">
                  {t('admin.view')}
                </LinkButton>
                <Button danger onClick={() => setRepealing(true)} data-testid="policy-repeal">
                  {t('admin.repeal')}
                </Button>
              </>
            )}
            <LinkButton to="/admin/policies">{t('form.back')}</LinkButton>
          </>
        }
      />
      <Form<PolicyFormValues>
        form={form}
        layout="vertical"
        initialValues={EMPTY}
        onFinish={save}
        disabled={repealed}
        data-testid="policy-form"
      >
        <Row gutter={[12, 12]}>
          <Col xs={24}>
            <Card title={t('form.facts')}>
              <PolicyFactsFields />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('form.tags')}>
              <PolicyTagFields />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('detail.interpretation')} extra={t('form.interpretationHint')}>
              <Form.Item name="interpretationHtml" noStyle>
                <RichTextEditor
                  label={t('detail.interpretation')}
                  testId="policy-interpretation-editor"
                  minHeight={120}
                />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('detail.faq')}>
              <FaqFields />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('detail.body')}>
              <Form.Item name="bodyHtml" noStyle>
                <RichTextEditor label={t('detail.body')} testId="policy-body-editor" minHeight={280} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('fields.attachments')}>
              {doc ? (
                <AttachmentsEditor
                  value={doc.attachments}
                  saving={attach.isPending}
                  onSave={(attachments) => attach.mutateAsync({ id: doc.id, attachments })}
                />
              ) : (
                t('form.attachmentsLater')
              )}
            </Card>
          </Col>
        </Row>
        {!repealed && (
          <Space style={{ marginTop: 16 }}>
            <Button
              type="primary"
              htmlType="submit"
              loading={create.isPending || update.isPending}
              data-testid="policy-save"
            >
              {id ? t('form.save') : t('form.create')}
            </Button>
            <LinkButton to="/admin/policies">{t('form.back')}</LinkButton>
          </Space>
        )}
      </Form>
      {doc && (
        <div style={{ marginTop: 16 }}>
          <DocumentItems documentId={doc.id} published={doc.status === 'published'} />
        </div>
      )}
      {doc && <RepealModal doc={repealing ? doc : null} onClose={() => setRepealing(false)} />}
    </div>
  );
}
