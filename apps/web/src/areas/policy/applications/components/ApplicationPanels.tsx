import type { PolicyApplicationDetail } from '@cz/shared/policy';
import { ratingInputSchema } from '@cz/shared/policy';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  List,
  Rate,
  Space,
  Timeline,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { formatMoney } from '../../../../kit/money';
import { useMaterialsLabels } from '../../../materials/labels';
import { useRateApplication } from '../api';
import { useApplicationLabels } from '../labels';

/** What the department asked to correct, while the application is returned. */
export function ReturnedAlert({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  const kinds = useMaterialsLabels();
  if (a.status !== 'returned') return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="returned-items"
      title={t('applications.returned.title')}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {a.returnItems.map((i) => (
              <li key={i.target === 'material' ? `m-${i.kind}` : `f-${i.field}`} data-target={i.target}>
                {i.target === 'material'
                  ? t('applications.returned.material', { kind: kinds.kind(i.kind) })
                  : t(`applications.fieldNames.${i.field}`)}
                {i.note && `：${i.note}`}
              </li>
            ))}
          </ul>
          {a.returnNote && <div>{t('applications.returned.note', { note: a.returnNote })}</div>}
          <div>{t('applications.returned.hint')}</div>
        </>
      }
    />
  );
}

/** Why it ended without payment: a rejection or a refusal, with the reason. */
export function OutcomeAlert({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  if (a.status === 'rejected')
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('applications.outcomeAlert.rejected', { reason: a.decisionReason ?? '' })}
      />
    );
  if (a.status === 'refused')
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title={t('applications.outcomeAlert.refused', { reason: a.refusalReason ?? '' })}
      />
    );
  if (a.status === 'withdrawn')
    return <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('applications.outcomeAlert.withdrawn')} />;
  return null;
}

/** The amounts and the account as handed in (read only). */
export function AmountsCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  return (
    <Card size="small" title={t('applications.amounts.title')} data-testid="application-amounts">
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('applications.fields.cap')}>
          {a.decidedInReview ? t('applications.form.decidedInReview') : formatMoney(a.capFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.requested')}>{formatMoney(a.requestedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.approved')}>
          <span data-testid="approved-amount">{formatMoney(a.approvedFen)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.bankName')}>{a.bankName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.accountName')}>{a.accountName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('applications.fields.accountNumber')}>{a.accountNumber ?? '—'}</Descriptions.Item>
        {a.note && (
          <Descriptions.Item label={t('applications.fields.note')} span={2}>
            {a.note}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}

export function PaymentCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  if (!a.payment) return null;
  return (
    <Card size="small" title={t('applications.payment.title')} data-testid="payment">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('applications.payment.paidOn')}>{formatDate(a.payment.paidOn)}</Descriptions.Item>
        <Descriptions.Item label={t('applications.payment.amount')}>
          {formatMoney(a.payment.amountFen)}
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.payment.reference')}>{a.payment.reference}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** 办理满意度: after payment or rejection the enterprise rates the handling once; then everyone sees it. */
export function RatingCard({ a, mayRate }: { a: PolicyApplicationDetail; mayRate: boolean }) {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const rate = useRateApplication();
  const [form] = Form.useForm<{ score: number; comment: string }>();
  if (a.rating)
    return (
      <Card size="small" title={t('applications.rating.title')} data-testid="rating" data-score={a.rating.score}>
        <Rate disabled value={a.rating.score} aria-label={t('applications.rating.score')} />
        {a.rating.comment && <Typography.Paragraph style={{ marginTop: 8 }}>{a.rating.comment}</Typography.Paragraph>}
      </Card>
    );
  if (!a.rateable || !mayRate) return null;
  return (
    <Card size="small" title={t('applications.rating.title')} data-testid="rating-form">
      <Typography.Paragraph type="secondary">{t('applications.rating.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          const body = ratingInputSchema.safeParse(v);
          if (!body.success) return;
          try {
            await rate.mutateAsync({ id: a.id, body: body.data });
            message.success(t('applications.rating.thanks'));
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form.Item
          name="score"
          label={t('applications.rating.score')}
          rules={[{ required: true, message: t('applications.rating.scoreRequired') }]}
        >
          <Rate aria-label={t('applications.rating.score')} data-testid="rating-score" />
        </Form.Item>
        <Form.Item name="comment" label={t('applications.rating.comment')} initialValue="">
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="rating-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={rate.isPending} data-testid="rating-submit">
          {t('applications.rating.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** What happened, step by step. */
export function HistoryCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  const labels = useApplicationLabels();
  return (
    <Card size="small" title={t('applications.history.title')}>
      <Timeline
        data-testid="application-history"
        items={a.history.map((h, i) => ({
          key: i,
          content: (
            <Space orientation="vertical" size={0} data-step={h.step}>
              <Typography.Text strong>
                {t(`applications.history.steps.${h.step}`)} · {labels.status(h.toStatus)}
              </Typography.Text>
              <Typography.Text type="secondary">
                {formatDateTime(h.at)} · {h.actorName ?? t(`applications.history.by.${h.by}`)}
              </Typography.Text>
              {typeof h.details.reason === 'string' && h.details.reason && (
                <Typography.Text>{h.details.reason}</Typography.Text>
              )}
            </Space>
          ),
        }))}
      />
    </Card>
  );
}

export function ObjectionsCard({ a }: { a: PolicyApplicationDetail }) {
  const { t } = useTranslation('policy');
  if (!a.notice && a.objections.length === 0) return null;
  return (
    <Card size="small" title={t('applications.objections.title')} data-testid="objections">
      {a.objections.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('applications.objections.none')} />
      ) : (
        <List
          size="small"
          dataSource={a.objections}
          renderItem={(o) => (
            <List.Item key={o.id}>
              <Space orientation="vertical" size={0}>
                <Typography.Text>
                  {formatDate(o.receivedOn)} {o.objector && `· ${o.objector}`}
                </Typography.Text>
                <Typography.Text>{o.content}</Typography.Text>
                {o.resolution && (
                  <Typography.Text type="secondary">
                    {t('applications.objections.resolution', { text: o.resolution })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
