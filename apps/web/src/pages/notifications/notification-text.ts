import type { Notification } from '../../api/notifications';
import { hasKey, tKey } from '../../app/i18n';
import { formatDateTime } from '../../lib/datetime';
import { machineNoteText } from '../../lib/machine-notes';

/** One notification as a sentence in the reader's language, with its note/reason/fee as a second line. */
export function notificationText(
  n: Pick<Notification, 'kind' | 'params'>,
  money: (fen: number) => string,
): { text: string; detail: string | null } {
  const p = n.params;
  const params: Record<string, unknown> = {
    ...p,
    start: typeof p.start === 'string' ? formatDateTime(p.start) : '',
    title: p.title || '',
    instrument: p.instrument || '',
    amount: typeof p.amount === 'number' ? money(p.amount) : '',
  };
  const key = `notifications.kinds.${n.kind}`;
  const text =
    hasKey(key) && typeof tKey(key) === 'string'
      ? tKey(key, params)
      : tKey('notifications.kinds.unknown', { kind: n.kind });
  const details: string[] = [];
  if (typeof p.reason === 'string' && p.reason) details.push(tKey('notifications.reason', { reason: p.reason }));
  if (typeof p.note === 'string' && p.note)
    details.push(tKey('notifications.note', { note: machineNoteText(p.note, money) }));
  if (typeof p.fee === 'number') details.push(tKey('notifications.fee', { fee: money(p.fee) }));
  return { text, detail: details.length ? details.join(' · ') : null };
}
