import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { type InstitutionInput, institutionInputSchema } from '@cz/shared/finance';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Row, Select, Space, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { useMyInstitution, useSaveInstitution } from '../../api';
import { useFinanceLabels } from '../../labels';

/** 机构信息: my institution's profile in the supermarket: kind, introduction, branches (科技专业支行 marked), contact. */
export function DeskProfilePage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const mine = useMyInstitution();
  const save = useSaveInstitution();
  const [form] = Form.useForm<InstitutionInput>();
  useRelocalisedErrors(form);
  useEffect(() => {
    if (mine.data) form.setFieldsValue(mine.data);
  }, [mine.data, form]);

  const submit = async (v: InstitutionInput) => {
    const parsed = institutionInputSchema.safeParse({ ...v, branches: v.branches ?? [] });
    if (!parsed.success) {
      showIssues(form, parsed.error.issues as Issue[]);
      return;
    }
    try {
      await save.mutateAsync(parsed.data);
      message.success(t('desk.profile.saved'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => mine.refetch()} />;
  if (mine.isPending) return <Spin />;
  return (
    <div style={{ maxWidth: 960 }}>
      <PageHeader
        title={t('desk.profile.title')}
        subtitle={t('desk.profile.subtitle')}
        extra={
          mine.data && <LinkButton to={`/finance/institutions/${mine.data.orgId}`}>{t('desk.profile.view')}</LinkButton>
        }
      />
      {!mine.data && (
        <Alert
          type="info"
          showIcon
          title={t('desk.profile.none')}
          style={{ marginBottom: 16 }}
          data-testid="profile-none"
        />
      )}
      <Card>
        <Form<InstitutionInput>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ branches: [] }}
          data-testid="institution-form"
        >
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item name="kind" label={t('fields.institutionKind')} rules={[{ required: true }]}>
                <Select
                  options={labels.institutionKindOptions}
                  aria-label={t('fields.institutionKind')}
                  data-testid="institution-kind"
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="contactName" label={t('desk.profile.contactName')} rules={[{ required: true, min: 2 }]}>
                <Input maxLength={50} data-testid="institution-contact-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="contactPhone"
                label={t('desk.profile.contactPhone')}
                rules={[{ required: true, min: 5 }]}
              >
                <Input maxLength={40} data-testid="institution-contact-phone" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="intro" label={t('desk.profile.intro')} rules={[{ required: true, min: 10, max: 2000 }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount data-testid="institution-intro" />
          </Form.Item>
          <Form.List name="branches">
            {(fields, { add, remove }) => (
              <Form.Item label={t('institution.branches')}>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap data-testid={`branch-${f.name}`}>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, min: 2 }]}>
                      <Input placeholder={t('desk.profile.branchName')} aria-label={t('desk.profile.branchName')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'address']}>
                      <Input
                        placeholder={t('desk.profile.branchAddress')}
                        aria-label={t('desk.profile.branchAddress')}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'phone']}>
                      <Input placeholder={t('desk.profile.branchPhone')} aria-label={t('desk.profile.branchPhone')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'techBranch']} valuePropName="checked">
                      <Checkbox>{t('institution.techBranch')}</Checkbox>
                    </Form.Item>
                    <Button
                      icon={<MinusCircleOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('desk.profile.removeBranch')}
                    />
                  </Space>
                ))}
                <div>
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ name: '', address: '', phone: '', techBranch: false })}
                    data-testid="branch-add"
                  >
                    {t('desk.profile.addBranch')}
                  </Button>
                </div>
              </Form.Item>
            )}
          </Form.List>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="institution-save">
            {t('desk.profile.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
