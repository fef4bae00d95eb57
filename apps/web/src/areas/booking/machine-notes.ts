import { tKey } from '../../app/i18n';
import { formatDateTime } from '../../kit/datetime';

/**
 * The server writes notes of its own steps as codes with values (`@booking.usage 60 35000 35000 free text`); they are
 * worded here in the reader's language. Notes typed by people are shown as typed.
 */
export function machineNoteText(note: string | null | undefined, money: (fen: number) => string): string {
  if (!note) return '';
  const m = note.match(/^@([a-z_]+\.[a-z_]+)(?:\s+([\s\S]*))?$/);
  if (!m) return note;
  const code = m[1] as string;
  const rest = (m[2] ?? '').trim();
  switch (code) {
    case 'booking.instant':
    case 'booking.approved':
    case 'booking.no_show':
      return withText(tKey(`booking:machineNotes.${code.slice('booking.'.length)}`), rest);
    case 'booking.rescheduled': {
      const [start = '', ...text] = rest.split(/\s+/);
      const when = Number.isNaN(Date.parse(start)) ? start : formatDateTime(start);
      return withText(tKey('booking:machineNotes.rescheduled', { start: when }), text.join(' '));
    }
    case 'booking.usage': {
      const parts = rest.match(/^(\d+)\s+(\d+)\s+(\d+)(?:\s+([\s\S]*))?$/);
      if (!parts) return note;
      const [, minutes, price, fee, text] = parts;
      return withText(
        tKey('booking:machineNotes.usage', {
          minutes: Number(minutes),
          price: money(Number(price)),
          fee: money(Number(fee)),
        }),
        text ?? '',
      );
    }
    default:
      return note;
  }
}

function withText(sentence: string, text: string): string {
  return text ? tKey('booking:machineNotes.withText', { sentence, text }) : sentence;
}

/** A reason stored as a code (a no-show cancels the order with `no_show`), or the words a person typed. */
export function reasonText(reason: string | null | undefined): string {
  if (!reason) return '';
  return reason === 'no_show' ? tKey('booking:machineNotes.no_show') : reason;
}
