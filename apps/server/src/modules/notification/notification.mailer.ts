import { PLATFORM_NAME } from '@cz/shared/common/platform';
import { sql } from 'drizzle-orm';
import type { Transporter } from 'nodemailer';
import type { Db } from '../../kernel/db/connection.ts';
import { notificationText } from './notification.texts.ts';

type Pending = {
  id: number;
  kind: string;
  params: Record<string, string | number | null>;
  link: string | null;
  email: string | null;
  locale: string;
};

/**
 * Sends unsent notifications by email, oldest first, in batches. The notifications table is the outbox: rows are
 * claimed with FOR UPDATE SKIP LOCKED, so several instances may run this at once without sending twice; a row is
 * marked sent (or with its error) in the same transaction. Users without an address are marked and skipped; notices
 * older than two days (e.g. from before SMTP was configured) are not mailed.
 */
export function createMailSender({
  db,
  transport,
  from,
  publicUrl,
}: {
  db: Db;
  transport: Transporter;
  from: string;
  publicUrl: string;
}) {
  return {
    async sendPending(limit = 50): Promise<{ sent: number; failed: number; skipped: number }> {
      return db.transaction(async (tx) => {
        const { rows } = await tx.execute(sql`
          SELECT n.id, n.kind, n.params, n.link, u.email, u.locale
          FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.emailed_at IS NULL AND n.created_at > now() - interval '2 days'
          ORDER BY n.id
          LIMIT ${limit}
          FOR UPDATE OF n SKIP LOCKED`);
        let sent = 0;
        let failed = 0;
        let skipped = 0;
        for (const n of rows as Pending[]) {
          if (!n.email) {
            await tx.execute(
              sql`UPDATE notifications SET emailed_at = now(), email_error = 'no address' WHERE id = ${n.id}`,
            );
            skipped++;
            continue;
          }
          const text = notificationText(n.kind, n.params);
          const [first, second] = n.locale === 'en-US' ? [text.en, text.zh] : [text.zh, text.en];
          const link = n.link ? `${publicUrl}${n.link}` : publicUrl;
          try {
            await transport.sendMail({
              from,
              to: n.email,
              subject: `[${PLATFORM_NAME}] ${first}`,
              text: `${first}\n${second}\n\n${link}\n`,
            });
            await tx.execute(sql`UPDATE notifications SET emailed_at = now(), email_error = NULL WHERE id = ${n.id}`);
            sent++;
          } catch (err) {
            await tx.execute(
              sql`UPDATE notifications SET emailed_at = now(), email_error = ${String((err as Error).message).slice(0, 500)} WHERE id = ${n.id}`,
            );
            failed++;
          }
        }
        return { sent, failed, skipped };
      });
    },
  };
}
