import { bankAccountSchema, type PolicyApplicationDetail, refuseBodySchema } from '@cz/shared/policy';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { zodRule } from '../../../../kit/forms/zod-form';
import { formatMoney } from '../../../../kit/money';
import { MaterialsPicker } from '../../../materials/components';
import {
  useAcceptAuto,
  useApplication,
  useRefuseAuto,
  useSaveApplication,
  useSubmitApplication,
  useWithdrawApplication,
} from '../api';
import { ApplicationFormFields, type FormValues, formBody } from '../components/ApplicationFormFields';
import {
  AmountsCard,
  HistoryCard,
  ObjectionsCard,
  OutcomeAlert,
  PaymentCard,
  RatingCard,
  ReturnedAlert,
} from '../components/ApplicationPanels';
import { AttachedMaterials } from '../components/AttachedMaterials';
import { DeadlineCard } from '../components/Deadline';
import { EligibilityCard } from '../components/EligibilityCard';
import { ApplicationStatusTag, ModeTag } from '../components/Tags';
import '../applications.css';

/**
 * The enterprise's application: the form while a draft (the vault's materials with an upload for each one missing,
 * 材料一次报送) or while returned (only the named points open), the 免申即享 confirmation, then where it stands — the
 * deadlines, the eligibility it was handed in with, the materials, the payment, the history — and the rating.
 */
export function ApplicationPage() {
  const { t } = useTranslation('policy');
  const { me } = useAuth();
  const id = Number(useParams().id);
  const q = useApplication(id);
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  const a = q.data;
  if (!a) return <Spin />;
  const mine = me?.role === 'enterprise' && me.org?.id === a.orgId;
  return (
    <div data-testid="application" data-id={a.id} data-status={a.status}>
      <PageHeader
        title={a.itemTitle}
        documentTitle={t('applications.page.title', { title: a.itemTitle })}
        subtitle={`${a.documentTitle} · ${a.orgName}`}
        extra={
          <Space wrap>
            <ModeTag mode={a.mode} />
            <ApplicationStatusTag status={a.status} testId="application-status" />
            <LinkButton to="/my/policy-applications">{t('applications.page.back')}</LinkButton>
          </Space>
        }
      />
      <ReturnedAlert a={a} />
      <OutcomeAlert a={a} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            {mine && a.status === 'confirmed' && <AcceptCard a={a} />}
            {mine && (a.status === 'draft' || a.status === 'returned') ? (
              <EditForm a={a} />
            ) : (
              <>
                {a.status !== 'confirmed' && <AmountsCard a={a} />}
                {a.mode !== 'auto' && <AttachedMaterials a={a} />}
              </>
            )}
            <RatingCard a={a} mayRate={mine} />
            <HistoryCard a={a} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <DeadlineCard a={a} />
            <EligibilityCard a={a} />
            <PaymentCard a={a} />
            <ObjectionsCard a={a} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}

/** The form of a draft or a returned application, with its materials and its buttons. */
function EditForm({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useSaveApplication();
  const submit = useSubmitApplication();
  const withdraw = useWithdrawApplication();
  const [complete, setComplete] = useState(a.requirements.length === 0);
  const onPicked = useCallback((_ids: number[], done: boolean) => setComplete(done), []);
  const draft = a.status === 'draft';

  const run = async (action: 'save' | 'submit') => {
    const values = action === 'submit' ? await form.validateFields().catch(() => null) : form.getFieldsValue();
    if (!values) return;
    try {
      const body = formBody(values);
      if (action === 'save') {
        await save.mutateAsync({ id: a.id, body });
        message.success(t('applications.form.saved'));
      } else {
        await submit.mutateAsync({ id: a.id, body });
        message.success(draft ? t('applications.form.submitted') : t('applications.form.resubmitted'));
      }
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <Card
        size="small"
        title={draft ? t('applications.form.title') : t('applications.form.correctTitle')}
        data-testid="application-form-card"
      >
        {!draft && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('applications.form.onlyNamed')} />}
        <Form<FormValues> form={form} layout="vertical" data-testid="application-form">
          <ApplicationFormFields a={a} form={form} />
        </Form>
      </Card>
      {draft ? (
        a.requirements.length > 0 && (
          <Card size="small" title={t('applications.materials.title')}>
            <MaterialsPicker
              orgId={a.orgId}
              requirements={a.requirements}
              askedFor={{ area: 'policy', entity: 'application', id: a.id }}
              onChange={onPicked}
            />
          </Card>
        )
      ) : (
        <AttachedMaterials a={a} correcting />
      )}
      <Card size="small">
        {draft && !complete && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('applications.form.materialsMissing')} />
        )}
        <Space wrap>
          <Button
            type="primary"
            onClick={() => run('submit')}
            loading={submit.isPending}
            disabled={draft && !complete}
            data-testid="application-submit"
          >
            {draft ? t('applications.form.submit') : t('applications.form.resubmit')}
          </Button>
          <Button onClick={() => run('save')} loading={save.isPending} data-testid="application-save">
            {t('applications.form.save')}
          </Button>
          <Button
            danger
            data-testid="application-withdraw"
            onClick={() =>
              modal.confirm({
                title: t('applications.form.withdrawConfirm'),
                okText: t('applications.form.withdraw'),
                okButtonProps: { danger: true },
                cancelText: t('applications.form.keep'),
                onOk: () =>
                  withdraw.mutateAsync({ id: a.id, body: {} }).then(
                    () => message.success(t('applications.form.withdrawn')),
                    (err) => message.error(errorMessage(err)),
                  ),
              })
            }
          >
            {t('applications.form.withdraw')}
          </Button>
        </Space>
      </Card>
    </>
  );
}

/** 免申即享: the enterprise confirms the payment and its account, or declines it with a reason. */
function AcceptCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ bankName: string; accountName: string; accountNumber: string }>();
  const accept = useAcceptAuto();
  const refuse = useRefuseAuto();
  const [refusing, setRefusing] = useState(false);
  return (
    <Card size="small" title={t('applications.accept.title')} data-testid="auto-accept">
      <Alert
        type="success"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('applications.accept.amount', { amount: formatMoney(a.approvedFen) })}
        description={t('applications.accept.hint')}
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const body = bankAccountSchema.safeParse(v);
          if (!body.success) return;
          try {
            await accept.mutateAsync({ id: a.id, body: body.data });
            message.success(t('applications.accept.done'));
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="bankName"
              label={t('applications.fields.bankName')}
              required
              rules={[zodRule(bankAccountSchema.shape.bankName)]}
            >
              <Input maxLength={100} data-testid="accept-bank" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="accountName"
              label={t('applications.fields.accountName')}
              required
              rules={[zodRule(bankAccountSchema.shape.accountName)]}
            >
              <Input maxLength={100} data-testid="accept-account-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="accountNumber"
              label={t('applications.fields.accountNumber')}
              required
              rules={[zodRule(bankAccountSchema.shape.accountNumber)]}
            >
              <Input maxLength={40} inputMode="numeric" autoComplete="off" data-testid="accept-account-number" />
            </Form.Item>
          </Col>
        </Row>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={accept.isPending} data-testid="auto-accept-submit">
            {t('applications.accept.accept')}
          </Button>
          <Button onClick={() => setRefusing(true)} data-testid="auto-refuse">
            {t('applications.accept.refuse')}
          </Button>
        </Space>
      </Form>
      <ReasonModal
        open={refusing}
        title={t('applications.accept.refuseTitle')}
        label={t('applications.accept.refuseReason')}
        okText={t('applications.accept.refuse')}
        schema={refuseBodySchema.shape.reason}
        testId="auto-refuse"
        onSubmit={async (reason) => {
          await refuse.mutateAsync({ id: a.id, body: { reason } });
          message.success(t('applications.accept.refused'));
        }}
        onClose={() => setRefusing(false)}
      />
    </Card>
  );
}
