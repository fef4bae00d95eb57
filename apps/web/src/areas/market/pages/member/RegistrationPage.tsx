import { CONTRACT_KIND_INFO, registrationDecisionSchema } from '@cz/shared/market';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isAdminRole, useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { useLocale } from '../../../../app/i18n/LocaleProvider';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDate } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { RegistrationStatusTag } from '../../components/dealTags';
import {
  certificateUrl,
  useDecideRegistration,
  useMarketSettings,
  useRegistration,
  useSupplyRegistration,
} from '../../deals.api';

const returnNote = registrationDecisionSchema.options[2].shape.note;

/**
 * A registration: its deadline in working days, the decision, the number, the certificate and the tax treatment it
 * opens. The seller supplies returned materials; the registration point (the administration) decides.
 */
export function RegistrationPage() {
  const { t } = useTranslation('market');
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const money = useFormatMoney();
  const { me } = useAuth();
  const point = me ? isAdminRole(me.role) : false;
  const id = Number(useParams().id);
  const one = useRegistration(id);
  const settings = useMarketSettings();
  const decide = useDecideRegistration();
  const supply = useSupplyRegistration();
  const [returning, setReturning] = useState(false);
  const [refusing, setRefusing] = useState(false);
  const [refuseForm] = Form.useForm<{ reasonCode: string; note?: string }>();
  const [supplyForm] = Form.useForm<{ note?: string; file?: string[] }>();
  const words = (w: { zh: string; en: string }) => (locale === 'zh-CN' ? w.zh : w.en);

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const r = one.data;
  if (!r) return <Spin />;
  const seller = me?.org?.id === r.sellerOrgId;
  const reasons = settings.data?.refusalReasons ?? [];
  const reasonWords = (code: string | null) => {
    const x = reasons.find((e) => e.code === code);
    return x ? words(x) : (code ?? '');
  };

  return (
    <div data-testid="registration" data-id={r.id} data-status={r.status}>
      <PageHeader
        title={r.contractTitle}
        documentTitle={t('registrations.detail.documentTitle', { title: r.contractTitle })}
        subtitle={`${words(CONTRACT_KIND_INFO[r.kind])} · ${r.sellerName} ⇄ ${r.buyerName}`}
        extra={
          <Space wrap>
            {r.status === 'registered' && (
              <Button type="primary" href={certificateUrl(r.id)} target="_blank" data-testid="registration-certificate">
                {t('registrations.detail.certificate')}
              </Button>
            )}
            <LinkButton to={`${point && !seller ? '/admin' : '/my'}/market/contracts/${r.contractId}`}>
              {t('registrations.detail.contract')}
            </LinkButton>
            {point && r.status === 'submitted' && (
              <>
                <Button
                  type="primary"
                  data-testid="registration-register"
                  onClick={() =>
                    modal.confirm({
                      title: t('registrations.decide.register'),
                      content: t('registrations.decide.registerConfirm'),
                      okButtonProps: { 'data-testid': 'registration-register-confirm' } as never,
                      onOk: () =>
                        decide.mutateAsync({ id: r.id, body: { decision: 'register' } }).then(
                          () => message.success(t('registrations.decide.registered')),
                          (err) => message.error(errorMessage(err)),
                        ),
                    })
                  }
                >
                  {t('registrations.decide.register')}
                </Button>
                <Button onClick={() => setReturning(true)} data-testid="registration-return">
                  {t('registrations.decide.return')}
                </Button>
                <Button danger onClick={() => setRefusing(true)} data-testid="registration-refuse">
                  {t('registrations.decide.refuse')}
                </Button>
              </>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('registrations.columns.status')}>
            <RegistrationStatusTag status={r.status} testId="registration-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('registrations.detail.number')}>
            <span data-testid="registration-number">{r.number ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('registrations.columns.amount')}>{money(r.amountFen)}</Descriptions.Item>
          <Descriptions.Item label={t('registrations.columns.techTrade')}>
            <span data-testid="registration-tech-trade" data-amount={r.techTradeFen}>
              {money(r.techTradeFen)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('registrations.detail.submittedOn')}>
            {formatDate(r.submittedOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('registrations.detail.suppliedOn')}>{formatDate(r.suppliedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('registrations.detail.dueOn')} span={2}>
            <span data-testid="registration-due" data-due={r.dueOn} data-limit={r.limitWorkingDays}>
              {formatDate(r.dueOn)} ·{' '}
              {t('registrations.detail.limit', {
                days: r.limitWorkingDays,
                review: r.review ? t('registrations.detail.reviewSuffix') : '',
              })}
              {r.status === 'submitted' &&
                ` · ${r.overdue ? t('registrations.detail.overdue') : t('registrations.detail.daysLeft', { days: r.workingDaysLeft })}`}
            </span>
          </Descriptions.Item>
          {r.registeredOn && (
            <Descriptions.Item label={t('registrations.detail.registeredOn')}>
              {formatDate(r.registeredOn)}
            </Descriptions.Item>
          )}
          {r.returnNote && (
            <Descriptions.Item label={t('registrations.detail.returnNote')} span={2}>
              {r.returnNote}
            </Descriptions.Item>
          )}
          {r.reasonCode && (
            <Descriptions.Item label={t('registrations.detail.reason')} span={2}>
              <span data-testid="registration-reason" data-code={r.reasonCode}>
                {reasonWords(r.reasonCode)}
                {r.reasonNote ? `：${r.reasonNote}` : ''}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card
        style={{ marginBottom: 16 }}
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('registrations.detail.taxBenefits')}
          </Typography.Title>
        }
      >
        {r.taxBenefits.length === 0 ? (
          <Typography.Text type="secondary">{t('registrations.detail.noTax')}</Typography.Text>
        ) : (
          <List
            data-testid="registration-tax"
            dataSource={r.taxBenefits}
            renderItem={(b) => (
              <List.Item key={b.code} data-code={b.code}>
                <List.Item.Meta title={words(b)} description={b.document} />
              </List.Item>
            )}
          />
        )}
      </Card>
      {seller && r.status === 'returned' && (
        <Card
          title={
            <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
              {t('registrations.supply.title')}
            </Typography.Title>
          }
        >
          <Alert type="warning" showIcon title={r.returnNote} style={{ marginBottom: 12 }} />
          <Form
            form={supplyForm}
            layout="vertical"
            onFinish={(v) =>
              supply.mutateAsync({ id: r.id, note: v.note ?? '', signedFile: v.file?.[0] ?? null }).then(
                () => message.success(t('registrations.supply.done')),
                (err) => message.error(errorMessage(err)),
              )
            }
          >
            <Form.Item name="note" label={t('registrations.supply.note')} rules={[{ max: 500 }]}>
              <Input.TextArea rows={2} maxLength={500} data-testid="registration-supply-note" />
            </Form.Item>
            <Form.Item name="file" label={t('registrations.supply.file')}>
              <FileUploader max={1} testId="registration-supply-file" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={supply.isPending} data-testid="registration-supply">
              {t('registrations.supply.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <ReasonModal
        open={returning}
        title={t('registrations.decide.return')}
        label={t('registrations.decide.returnLabel')}
        schema={returnNote}
        testId="registration-return"
        onSubmit={(note) =>
          decide
            .mutateAsync({ id: r.id, body: { decision: 'return', note } })
            .then(() => message.success(t('registrations.decide.returned')))
        }
        onClose={() => setReturning(false)}
      />
      <Modal
        open={refusing}
        title={t('registrations.decide.refuseTitle')}
        okText={t('registrations.decide.refuse')}
        okButtonProps={{ danger: true, 'data-testid': 'registration-refuse-confirm' } as never}
        confirmLoading={decide.isPending}
        onCancel={() => setRefusing(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await refuseForm.validateFields().catch(() => null);
          if (!v) return;
          try {
            await decide.mutateAsync({
              id: r.id,
              body: { decision: 'refuse', reasonCode: v.reasonCode, note: v.note ?? '' },
            });
            message.success(t('registrations.decide.refused'));
            setRefusing(false);
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form form={refuseForm} layout="vertical" preserve={false}>
          <Form.Item name="reasonCode" label={t('registrations.decide.reasonCode')} rules={[{ required: true }]}>
            <Select
              data-testid="registration-refuse-reason"
              options={reasons.map((x) => ({ value: x.code, label: words(x) }))}
            />
          </Form.Item>
          <Form.Item name="note" label={t('registrations.decide.note')} rules={[{ max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
