import type { EVENT_STATUSES, PledgeStatus, PoolClaimStatus } from '@cz/shared/finance';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const CLAIM_COLORS: Record<PoolClaimStatus, string> = {
  submitted: 'processing',
  reviewed: 'blue',
  approved: 'geekblue',
  paid: 'success',
  rejected: 'error',
};
const PLEDGE_COLORS: Record<PledgeStatus, string> = {
  valuation: 'processing',
  approved: 'blue',
  contracted: 'cyan',
  registered: 'geekblue',
  disbursed: 'success',
  released: 'default',
};
type EventStatus = (typeof EVENT_STATUSES)[number];
const EVENT_COLORS: Record<EventStatus, string> = { planned: 'processing', held: 'success', cancelled: 'default' };
const RESPONSE_COLORS = { pending: 'gold', accepted: 'success', declined: 'default' } as const;
const MEETING_COLORS = { scheduled: 'processing', held: 'success', no_show: 'volcano' } as const;

const style = { marginInlineEnd: 0 };

export function ClaimStatusTag({ status, testId }: { status: PoolClaimStatus; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={CLAIM_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {t(`claimStatus.${status}`)}
    </Tag>
  );
}

export function PledgeStatusTag({ status, testId }: { status: PledgeStatus; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={PLEDGE_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {t(`pledgeStatus.${status}`)}
    </Tag>
  );
}

export function EventStatusTag({ status, testId }: { status: EventStatus; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={EVENT_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {t(`eventStatus.${status}`)}
    </Tag>
  );
}

export function ResponseTag({ response, testId }: { response: keyof typeof RESPONSE_COLORS; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={RESPONSE_COLORS[response]} data-status={response} data-testid={testId} style={style}>
      {t(`inviteResponse.${response}`)}
    </Tag>
  );
}

export function MeetingStatusTag({ status, testId }: { status: keyof typeof MEETING_COLORS; testId?: string }) {
  const { t } = useTranslation('finance');
  return (
    <Tag color={MEETING_COLORS[status]} data-status={status} data-testid={testId} style={style}>
      {t(`meetingStatus.${status}`)}
    </Tag>
  );
}

/** Bilingual lines from the server ({ zh, en }) in the reader's language. */
export function wordsOf(w: { zh: string; en: string }, zh: boolean) {
  return zh ? w.zh : w.en;
}
