import { fenToYuan, yuanToFen } from '@cz/shared';
import type { DealMessage } from '@cz/shared/market';
import { dealCancelSchema } from '@cz/shared/market';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { uploadUrl } from '../../../../kit/api/uploads';
import { FileUploader } from '../../../../kit/components/FileUploader';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { formatDate, formatDateTime } from '../../../../kit/datetime';
import { useFormatMoney } from '../../../../kit/money';
import { DealStatusTag } from '../../components/dealTags';
import { useAnswerOffer, useCancelDeal, useDeal, useDealMessage } from '../../deals.api';

type Compose = { body: string; offer?: number | null; attachments?: string[] };

/**
 * One negotiation: its thread of messages, offers and files; the open offer of the other side to accept or decline;
 * the agreed price and, for a public institution's achievement, its public notice; then the contract.
 */
export function DealPage() {
  const { t } = useTranslation('market');
  const { message, modal } = App.useApp();
  const money = useFormatMoney();
  const id = Number(useParams().id);
  const one = useDeal(id);
  const send = useDealMessage();
  const answer = useAnswerOffer();
  const cancel = useCancelDeal();
  const [cancelling, setCancelling] = useState(false);
  const [form] = Form.useForm<Compose>();
  const [uploaderKey, setUploaderKey] = useState(0);

  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const d = one.data;
  if (!d) return <Spin />;
  const mine = d.side !== null;
  const open = d.status !== 'cancelled';
  const sideName = (s: 'seller' | 'buyer') =>
    s === 'seller' ? t('deals.detail.sellerSide') : t('deals.detail.buyerSide');

  const answerOffer = (m: DealMessage, accept: boolean) => {
    const run = () =>
      answer.mutateAsync({ id, accept }).then(
        () => message.success(t(accept ? 'deals.detail.accepted' : 'deals.detail.declined')),
        (err) => message.error(errorMessage(err)),
      );
    if (!accept) return run();
    modal.confirm({
      title: t('deals.detail.accept'),
      content: t('deals.detail.acceptConfirm', { amount: money(m.offerFen) }),
      okButtonProps: { 'data-testid': 'offer-accept-confirm' } as never,
      onOk: run,
    });
  };

  return (
    <div data-testid="deal" data-id={d.id} data-status={d.status}>
      <PageHeader
        title={d.achievementTitle}
        documentTitle={t('deals.detail.documentTitle', { title: d.achievementTitle })}
        subtitle={`${d.sellerName} ⇄ ${d.buyerName}`}
        extra={
          <Space wrap>
            {mine && d.contractable && d.contractId === null && (
              <LinkButton type="primary" to={`/my/market/deals/${d.id}/contract`} data-testid="deal-draft-contract">
                {t('deals.detail.draftContract')}
              </LinkButton>
            )}
            {d.contractId !== null && (
              <LinkButton
                type="primary"
                to={`${mine ? '/my' : '/admin'}/market/contracts/${d.contractId}`}
                data-testid="deal-contract"
              >
                {t('deals.detail.viewContract')}
              </LinkButton>
            )}
            {mine && ['negotiating', 'notice', 'agreed'].includes(d.status) && (
              <Button danger onClick={() => setCancelling(true)} data-testid="deal-cancel">
                {t('deals.detail.cancel')}
              </Button>
            )}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
          <Descriptions.Item label={t('deals.columns.status')}>
            <DealStatusTag status={d.status} testId="deal-status" />
          </Descriptions.Item>
          <Descriptions.Item label={t('deals.detail.agreed')}>
            <span data-testid="deal-agreed" data-amount={d.agreedFen ?? ''}>
              {d.agreedFen === null ? '—' : money(d.agreedFen)}
            </span>
          </Descriptions.Item>
          {d.openLicenceId !== null && (
            <Descriptions.Item label={t('patents.openLicence')}>
              <span data-testid="deal-open-licence">{t('deals.detail.openLicence', { years: d.licenceYears })}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('deals.columns.seller')}>{d.sellerName}</Descriptions.Item>
          <Descriptions.Item label={t('deals.columns.buyer')}>{d.buyerName}</Descriptions.Item>
          {d.noticeUntil && (
            <Descriptions.Item label={t('deals.detail.notice')} span={2}>
              <span data-testid="deal-notice" data-until={d.noticeUntil}>
                {formatDate(d.noticeFrom)} – {formatDate(d.noticeUntil)}
              </span>
            </Descriptions.Item>
          )}
          {d.cancelReason && (
            <Descriptions.Item label={t('deals.detail.cancelReason')} span={2}>
              {d.cancelReason}
            </Descriptions.Item>
          )}
        </Descriptions>
        {d.status === 'notice' && (
          <Alert
            style={{ marginTop: 12 }}
            type={d.contractable ? 'success' : 'info'}
            showIcon
            title={
              d.contractable
                ? t('deals.detail.noticeOver')
                : t('deals.detail.noticeHint', { from: formatDate(d.noticeFrom), until: formatDate(d.noticeUntil) })
            }
          />
        )}
      </Card>
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
            {t('deals.detail.thread')}
          </Typography.Title>
        }
      >
        <ol
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          data-testid="deal-thread"
          data-count={d.messages.length}
        >
          {d.messages.map((m) => {
            const theirs = mine && m.side !== d.side;
            return (
              <li
                key={m.id}
                data-testid={`deal-message-${m.id}`}
                style={{ padding: '12px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }}
              >
                <Space size={8} wrap>
                  <Tag color={m.side === 'seller' ? 'blue' : 'green'}>{sideName(m.side)}</Tag>
                  <Typography.Text strong>{m.authorName}</Typography.Text>
                  <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }}>
                  {m.body}
                </Typography.Paragraph>
                {m.offerFen !== null && (
                  <Space wrap data-testid={`offer-${m.id}`} data-status={m.offerStatus}>
                    <Typography.Text strong>
                      {t('deals.detail.offerOf', { side: sideName(m.side), amount: money(m.offerFen) })}
                    </Typography.Text>
                    <Tag>{t(`deals.offer.${m.offerStatus ?? 'open'}`)}</Tag>
                    {theirs && m.offerStatus === 'open' && d.status === 'negotiating' && (
                      <>
                        <Button
                          type="primary"
                          size="small"
                          onClick={() => answerOffer(m, true)}
                          data-testid="offer-accept"
                        >
                          {t('deals.detail.accept')}
                        </Button>
                        <Button size="small" onClick={() => answerOffer(m, false)} data-testid="offer-decline">
                          {t('deals.detail.decline')}
                        </Button>
                      </>
                    )}
                  </Space>
                )}
                {m.attachments.length > 0 && (
                  <div>
                    {m.attachments.map((f) => (
                      <a
                        key={f.hash}
                        href={uploadUrl(f.hash)}
                        target="_blank"
                        rel="noreferrer"
                        style={{ marginRight: 12 }}
                      >
                        {f.name}
                      </a>
                    ))}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {mine && open && (
          <Form
            form={form}
            layout="vertical"
            style={{ marginTop: 16 }}
            onFinish={async (v) => {
              try {
                await send.mutateAsync({
                  id,
                  body: v.body,
                  offerFen: typeof v.offer === 'number' ? yuanToFen(v.offer) : null,
                  attachments: v.attachments ?? [],
                });
                form.resetFields();
                setUploaderKey((k) => k + 1);
                message.success(t('deals.detail.sent'));
              } catch (err) {
                message.error(errorMessage(err));
              }
            }}
          >
            <Form.Item
              name="body"
              label={t('deals.detail.write')}
              rules={[{ required: true, whitespace: true, max: 2000 }]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="deal-body" />
            </Form.Item>
            {d.status === 'negotiating' && (
              <Form.Item name="offer" label={t('deals.detail.offerAmount')}>
                <InputNumber
                  min={0}
                  max={fenToYuan(Number.MAX_SAFE_INTEGER)}
                  precision={2}
                  style={{ width: 220 }}
                  data-testid="deal-offer"
                />
              </Form.Item>
            )}
            <Form.Item name="attachments" label={t('deals.detail.attachments')}>
              <FileUploader key={uploaderKey} max={10} testId="deal-files" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={send.isPending} data-testid="deal-send">
              {t('deals.detail.send')}
            </Button>
          </Form>
        )}
      </Card>
      <ReasonModal
        open={cancelling}
        title={t('deals.detail.cancel')}
        label={t('deals.detail.cancelReasonLabel')}
        schema={dealCancelSchema.shape.reason}
        danger
        testId="deal-cancel"
        onSubmit={(reason) =>
          cancel.mutateAsync({ id, reason }).then(() => message.success(t('deals.detail.cancelled')))
        }
        onClose={() => setCancelling(false)}
      />
    </div>
  );
}
