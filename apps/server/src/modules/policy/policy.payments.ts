import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { PaymentInput } from '@cz/shared/policy';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { notifyOrg } from '../notification/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { lockForReview, myLink } from './policy.applications.review.ts';
import { assertStep, move } from './policy.applications.steps.ts';
import { policyNotices } from './policy.applications.table.ts';
import { policyPayments } from './policy.payments.table.ts';

/**
 * 兑现: the department records the payment of an application — once, of its approved amount, on a date that has
 * come — after its 公示 has ended (a 免申即享 application may also be paid once the enterprise has accepted).
 */
export function createPayments({ db, clock }: { db: Db; clock: Clock }) {
  return {
    async pay(actor: Actor | null, id: number, input: PaymentInput) {
      return db.transaction(async (tx) => {
        const { row, item } = await lockForReview(tx, actor, id);
        assertStep('pay', row);
        const today = shanghaiDate(clock.now());
        if (row.status === 'publicised' && row.noticeId !== null) {
          const [notice] = await tx.select().from(policyNotices).where(eq(policyNotices.id, row.noticeId));
          if (notice && today <= notice.endsOn)
            throw applicationErrors.noticeRunning(undefined, [{ endsOn: notice.endsOn }]);
        }
        if (input.amountFen !== row.approvedFen)
          throw applicationErrors.paymentAmount(undefined, [{ approvedFen: row.approvedFen }]);
        if (input.paidOn > today) throw applicationErrors.paymentFuture();
        const now = clock.now();
        const [payment] = await tx
          .insert(policyPayments)
          .values({
            applicationId: id,
            paidOn: input.paidOn,
            amountFen: input.amountFen,
            reference: input.reference,
            recordedBy: (actor as Actor).userId,
            recordedAt: now,
          })
          .returning();
        await move(tx, actor, row, 'pay', 'paid', {}, now, {
          paidOn: input.paidOn,
          amountFen: input.amountFen,
          reference: input.reference,
        });
        await notifyOrg(tx, row.orgId, {
          kind: 'policy.application_paid',
          params: { title: item.title, amount: input.amountFen, paidOn: input.paidOn },
          link: myLink(id),
        });
        return payment?.applicationId ?? id;
      });
    },
  };
}
export type Payments = ReturnType<typeof createPayments>;
