import type { Notification } from '@cz/shared/notification';
import { hasKey, tKey } from '../../app/i18n';
import { formatDate, formatDateTime } from '../../kit/datetime';
import { machineNoteText } from '../booking/machine-notes';

/** One notification as a sentence in the reader's language, with its note/reason/fee as a second line. */
export function notificationText(
  n: Pick<Notification, 'kind' | 'params'>,
  money: (fen: number) => string,
): { text: string; detail: string | null } {
  const p = n.params;
  const params: Record<string, unknown> = {
    ...p,
    start: typeof p.start === 'string' ? formatDateTime(p.start) : '',
    expiresAt: typeof p.expiresAt === 'string' ? formatDateTime(p.expiresAt) : '',
    startsAt: typeof p.startsAt === 'string' ? formatDateTime(p.startsAt) : '',
    title: p.title || '',
    instrument: p.instrument || '',
    amount: typeof p.amount === 'number' ? money(p.amount) : '',
    due: typeof p.due === 'string' ? formatDate(p.due) : '',
    until: typeof p.until === 'string' ? formatDate(p.until) : '',
  };
  // A loan case's, a compensation claim's or a pledge's status is a code: its words (each kind has its own).
  const statusKey = (s: string) =>
    n.kind === 'finance.pool_claim_step'
      ? `notification:notifications.claimStatus.${s}`
      : n.kind === 'finance.pledge_step'
        ? `notification:notifications.pledgeStatus.${s}`
        : `notification:notifications.caseStatus.${s}`;
  if (typeof p.status === 'string' && hasKey(statusKey(p.status))) params.status = tKey(statusKey(p.status));
  // What befell a pledged patent (finance.pledge_alert): lapsed or transferred.
  if (n.kind === 'finance.pledge_alert' && typeof p.kind === 'string')
    params.kind = hasKey(`notification:notifications.pledgeAlert.${p.kind}`)
      ? tKey(`notification:notifications.pledgeAlert.${p.kind}`)
      : p.kind;
  // A kind may word the case of no amount (decided in review) on its own, rather than leave a gap: `<kind>_unpriced`.
  const unpriced = `notification:notifications.kinds.${n.kind}_unpriced`;
  const key = p.amount === null && hasKey(unpriced) ? unpriced : `notification:notifications.kinds.${n.kind}`;
  const text =
    hasKey(key) && typeof tKey(key) === 'string'
      ? tKey(key, params)
      : tKey('notification:notifications.kinds.unknown', { kind: n.kind });
  const details: string[] = [];
  if (typeof p.reason === 'string' && p.reason)
    details.push(tKey('notification:notifications.reason', { reason: p.reason }));
  if (typeof p.note === 'string' && p.note)
    details.push(tKey('notification:notifications.note', { note: machineNoteText(p.note, money) }));
  if (typeof p.fee === 'number') details.push(tKey('notification:notifications.fee', { fee: money(p.fee) }));
  return { text, detail: details.length ? details.join(' · ') : null };
}
