import { rejectBodySchema } from '@cz/shared/policy';
import { Alert, App, Button, Card, Col, Row, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDate } from '../../../../kit/datetime';
import { useApplication, useRejectApplication } from '../api';
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
import { ApproveModal, NoticeModal, ObjectionModal, PaymentModal, ReturnModal } from '../components/ReviewModals';
import { ApplicationStatusTag, ModeTag } from '../components/Tags';
import '../applications.css';

type Open = 'return' | 'approve' | 'reject' | 'notice' | 'objection' | 'pay' | null;

/**
 * The department's review of one application: the eligibility sentences it was handed in with, the materials with
 * their files, and the step its state allows — return naming the points to correct, approve an amount, reject with a
 * reason, publicise, record an objection, record the payment once the 公示 has ended.
 */
export function ReviewPage() {
  const { t } = useTranslation('policy');
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const q = useApplication(id);
  const reject = useRejectApplication();
  const [open, setOpen] = useState<Open>(null);
  if (q.isError) return <QueryError error={q.error} onRetry={() => q.refetch()} />;
  const a = q.data;
  if (!a) return <Spin />;
  const close = () => setOpen(null);
  const s = a.status;
  const noticeRunning = s === 'publicised' && !!a.notice?.running;
  const action = (
    key: Exclude<Open, null>,
    label: string,
    o: { primary?: boolean; danger?: boolean; disabled?: boolean } = {},
  ) => (
    <Button
      key={key}
      type={o.primary ? 'primary' : 'default'}
      danger={o.danger}
      disabled={o.disabled}
      onClick={() => setOpen(key)}
      data-testid={`review-${key}`}
    >
      {label}
    </Button>
  );
  const actions = [
    s === 'submitted' && action('approve', t('applications.review.approve'), { primary: true }),
    s === 'submitted' && action('return', t('applications.review.return')),
    (s === 'approved' || s === 'accepted') && action('notice', t('applications.review.publicise'), { primary: true }),
    (s === 'publicised' || s === 'accepted') &&
      action('pay', t('applications.review.pay'), {
        primary: s === 'accepted' || !noticeRunning,
        disabled: noticeRunning,
      }),
    s === 'publicised' && action('objection', t('applications.review.objection')),
    (s === 'submitted' || s === 'approved' || s === 'publicised') &&
      action('reject', t('applications.review.reject'), { danger: true }),
  ].filter(Boolean);

  return (
    <div data-testid="review" data-id={a.id} data-status={a.status}>
      <PageHeader
        title={a.itemTitle}
        documentTitle={t('applications.review.pageTitle', { org: a.orgName })}
        subtitle={`${a.orgName} · ${a.documentTitle}`}
        extra={
          <Space wrap>
            <ModeTag mode={a.mode} />
            <ApplicationStatusTag status={a.status} testId="application-status" />
            <LinkButton to={`/admin/policy-applications?itemId=${a.itemId}`}>
              {t('applications.review.sameItem')}
            </LinkButton>
            <LinkButton to="/admin/policy-applications">{t('applications.review.back')}</LinkButton>
          </Space>
        }
      />
      <ReturnedAlert a={a} />
      <OutcomeAlert a={a} />
      {actions.length > 0 && (
        <Card size="small" style={{ marginBottom: 12 }} data-testid="review-actions">
          <Space wrap>{actions}</Space>
          {noticeRunning && a.notice && (
            <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
              {t('applications.review.payAfter', { date: formatDate(a.notice.endsOn) })}
            </Typography.Paragraph>
          )}
        </Card>
      )}
      {a.timer?.overdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('applications.review.overdue', { date: formatDate(a.timer.dueOn) })}
        />
      )}
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <EligibilityCard a={a} />
            <AmountsCard a={a} />
            {a.mode !== 'auto' && <AttachedMaterials a={a} />}
            <HistoryCard a={a} />
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <DeadlineCard a={a} />
            <PaymentCard a={a} />
            <ObjectionsCard a={a} />
            <RatingCard a={a} mayRate={false} />
          </Space>
        </Col>
      </Row>
      <ReturnModal a={a} open={open === 'return'} onClose={close} />
      <ApproveModal a={a} open={open === 'approve'} onClose={close} />
      <NoticeModal a={a} open={open === 'notice'} onClose={close} />
      <ObjectionModal a={a} open={open === 'objection'} onClose={close} />
      <PaymentModal a={a} open={open === 'pay'} onClose={close} />
      <ReasonModal
        open={open === 'reject'}
        title={t('applications.review.rejectTitle')}
        label={t('applications.review.rejectReason')}
        okText={t('applications.review.reject')}
        danger
        schema={rejectBodySchema.shape.reason}
        testId="review-reject"
        onSubmit={async (reason) => {
          await reject.mutateAsync({ id: a.id, body: { reason } });
          message.success(t('applications.review.rejected'));
        }}
        onClose={close}
      />
    </div>
  );
}
