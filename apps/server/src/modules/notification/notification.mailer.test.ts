import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { seed } from '../../../test/seed.ts';
import { createMailSender } from './notification.mailer.ts';
import { notifyUsers } from './notification.service.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('notification emails', () => {
  it('mails each notice once in the reader’s language first, skips users without an address, and never sends twice', async () => {
    const {
      users: [withMail, without],
    } = await seed(t, {
      users: [{ role: 'expert', email: 'reader@example.test', locale: 'en-US' }, { role: 'expert' }],
    });
    await notifyUsers(t.db, [withMail.id, without.id], {
      kind: 'order.delivered',
      params: { orderId: 7, title: '示例检测服务', note: null },
      link: '/orders/7',
    });
    const sent: { to: string; subject: string; text: string }[] = [];
    const transport = nodemailer.createTransport({ jsonTransport: true });
    const original = transport.sendMail.bind(transport);
    transport.sendMail = (async (mail: SendMailOptions) => {
      sent.push({ to: String(mail.to), subject: String(mail.subject), text: String(mail.text) });
      return original(mail);
    }) as typeof transport.sendMail;
    const mailer = createMailSender({
      db: t.db,
      transport,
      from: 'platform <noreply@example.test>',
      publicUrl: 'https://platform.example.test',
    });
    const [a, b] = await Promise.all([mailer.sendPending(), mailer.sendPending()]);
    expect(a.sent + b.sent).toBe(1);
    expect(a.skipped + b.skipped).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.to).toBe('reader@example.test');
    expect(sent[0]?.subject).toBe(
      '[长治高新区双创综合服务平台] Order delivered; please check and accept: 示例检测服务',
    );
    expect(sent[0]?.text).toContain('https://platform.example.test/orders/7');
    expect(await mailer.sendPending()).toEqual({ sent: 0, failed: 0, skipped: 0 });
  });
});
