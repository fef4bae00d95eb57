import type { PoolClaim } from '@cz/shared/finance';
import { App, Button, Descriptions, Drawer, Input, List, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDateTime } from '../../../kit/datetime';
import { formatMoney } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import { useFinanceLabels } from '../labels';
import { type ClaimAction, useDecideClaim, usePoolClaim } from '../pools.api';
import { ClaimStatusTag, wordsOf } from './fundingTags';

const NEXT: Record<PoolClaim['status'], ClaimAction[]> = {
  submitted: ['review', 'reject'],
  reviewed: ['approve', 'reject'],
  approved: ['pay'],
  paid: [],
  rejected: [],
};

/** One claim: the loan, the loss and its facts, the share and amount with the lines that explain them. */
export function ClaimFacts({ claim: c }: { claim: PoolClaim }) {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const flags = (['guaranteed', 'firstLoan', 'pureCredit', 'ipPledge'] as const).filter((f) => c[f]);
  const fixed = c.status === 'approved' || c.status === 'paid';
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('pool.pool')}>{c.poolName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.enterprise')}>{c.orgName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.institution')}>{c.institutionName}</Descriptions.Item>
        <Descriptions.Item label={t('case.case')}>{t('claim.loanCase', { id: c.caseId })}</Descriptions.Item>
        <Descriptions.Item label={t('claim.disbursed')}>{formatMoney(c.disbursedFen)}</Descriptions.Item>
        <Descriptions.Item label={t('claim.loss')}>{formatMoney(c.lossFen)}</Descriptions.Item>
        <Descriptions.Item label={t('claim.flags')}>
          {labels.list(flags, (f) => t(`claim.${f as (typeof flags)[number]}`))}
        </Descriptions.Item>
        <Descriptions.Item label={t('claim.share')}>
          <span data-testid="claim-pct">{c.pct}%</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('claim.amount')}>
          <Typography.Text strong data-testid="claim-amount" data-fen={c.amountFen}>
            {formatMoney(c.amountFen)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.status')}>
          <ClaimStatusTag status={c.status} testId="claim-status" />
        </Descriptions.Item>
        <Descriptions.Item label={t('claim.submittedAt')}>{formatDateTime(c.submittedAt)}</Descriptions.Item>
        {c.paidAt && <Descriptions.Item label={t('claim.paidAt')}>{formatDateTime(c.paidAt)}</Descriptions.Item>}
        {c.note && <Descriptions.Item label={t('pool.note')}>{c.note}</Descriptions.Item>}
        {c.reviewNote && <Descriptions.Item label={t('claimAction.note')}>{c.reviewNote}</Descriptions.Item>}
      </Descriptions>
      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 16 }}>
        {t('claim.lines')}
      </Typography.Title>
      {!fixed && <Typography.Paragraph type="secondary">{t('claim.provisional')}</Typography.Paragraph>}
      <List
        size="small"
        bordered
        dataSource={c.lines}
        data-testid="claim-lines"
        renderItem={(l) => <List.Item>{wordsOf(l, labels.zh)}</List.Item>}
      />
    </>
  );
}

/** The finance office's steps on a claim: review, approve (commits the amount), reject with a reason, pay. */
function ClaimDecision({ claim: c }: { claim: PoolClaim }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const decide = useDecideClaim();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);
  const next = NEXT[c.status];
  if (next.length === 0) return null;
  const run = async (action: ClaimAction) => {
    if (action === 'reject' && note.trim().length < 2) {
      setNoteError(true);
      return;
    }
    try {
      await decide.mutateAsync({ id: c.id, action, note: note.trim() });
      message.success(t(`claimAction.done.${action}`));
      setNote('');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const button = (a: ClaimAction) => (
    <Button
      key={a}
      type={a === 'reject' ? 'default' : 'primary'}
      danger={a === 'reject'}
      loading={decide.isPending && decide.variables?.action === a}
      onClick={a === 'approve' || a === 'pay' ? undefined : () => run(a)}
      data-testid={`claim-action-${a}`}
    >
      {t(`claimAction.${a}`)}
    </Button>
  );
  return (
    <div style={{ marginTop: 16 }}>
      <label htmlFor="claim-note">{t('claimAction.note')}</label>
      <Input.TextArea
        id="claim-note"
        rows={3}
        maxLength={1000}
        status={noteError ? 'error' : undefined}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setNoteError(false);
        }}
        data-testid="claim-note"
      />
      {noteError && <Typography.Text type="danger">{t('claimAction.rejectNote')}</Typography.Text>}
      <Space wrap style={{ marginTop: 12 }}>
        {next.map((a) =>
          a === 'approve' || a === 'pay' ? (
            <Popconfirm
              key={a}
              title={`${t(`claimAction.${a}`)} · ${formatMoney(c.amountFen)}`}
              onConfirm={() => run(a)}
              okButtonProps={{ 'data-testid': `claim-action-${a}-confirm` }}
            >
              {button(a)}
            </Popconfirm>
          ) : (
            button(a)
          ),
        )}
      </Space>
    </div>
  );
}

/** A claim in a drawer; the finance office also decides it there. */
export function ClaimDrawer({ id, office, onClose }: { id: number | undefined; office: boolean; onClose: () => void }) {
  const { t } = useTranslation('finance');
  const width = useOverlayWidth(560);
  const one = usePoolClaim(id);
  const c = one.data;
  return (
    <Drawer
      open={id !== undefined}
      onClose={onClose}
      width={width}
      title={id ? t('claim.number', { id }) : ''}
      destroyOnHidden
    >
      {!c ? (
        <Spin />
      ) : (
        <div data-testid="claim-drawer" data-id={c.id} data-status={c.status}>
          <ClaimFacts claim={c} />
          {office && <ClaimDecision claim={c} />}
        </div>
      )}
    </Drawer>
  );
}
