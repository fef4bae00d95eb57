import type zhCN from './zh-CN';

/** The `notification` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  notifications: {
    title: 'Notifications',
    bell: 'Notifications',
    unreadOnly: 'Unread only',
    markAll: 'Mark all read',
    markRead: 'Mark read',
    empty: 'No notifications',
    open: 'Open',
    kinds: {
      policy: {
        eligible_unpriced: 'Your enterprise qualifies for a policy item: {{title}}; the amount is set in review',
        eligible_many_unpriced:
          'Your enterprise now qualifies for {{count}} policy items (such as {{title}}); the amounts are set in review',
        subscribed: 'A new item of a policy you subscribe to: {{title}} ({{document}})',
        eligible: 'Your enterprise qualifies for a policy item: {{title}}, about {{amount}} (subject to review)',
        eligible_many:
          'Your enterprise now qualifies for {{count}} policy items (such as {{title}}), about {{amount}} in all',
        application_submitted: 'New policy application to review: {{title}} ({{org}}), {{amount}} requested',
        application_resubmitted: 'Policy application corrected and handed in again: {{title}} ({{org}})',
        application_returned: 'Your policy application was returned for correction ({{count}} points): {{title}}',
        application_approved: 'Your policy application was approved: {{title}}, {{amount}}',
        application_rejected: 'Your policy application was not approved: {{title}}',
        application_publicised: 'Your policy application is on public notice until {{endsOn}}: {{title}}',
        application_paid: 'Policy payment of {{amount}} made on {{paidOn}}: {{title}}',
        auto_confirmed:
          'Automatic benefit: your enterprise is to receive {{amount}}; confirm and give the account: {{title}}',
        auto_accepted: 'An enterprise accepted an automatic benefit of {{amount}}, to be paid: {{title}}',
      },
      market: {
        achievement_submitted: 'Achievement waiting for review: {{title}}',
        achievement_published: 'Your achievement was reviewed and published: {{title}}',
        achievement_returned: 'Your achievement was returned for changes: {{title}}',
        need_submitted: 'Technology need waiting for review: {{title}}',
        need_published: 'Your technology need was reviewed and published: {{title}}',
        need_returned: 'Your technology need was returned for changes: {{title}}',
        push_received: 'A broker suggests an achievement for your need “{{need}}”: {{achievement}}',
        push_answered: 'The seeker answered the achievement you pushed, “{{achievement}}” (need: {{need}})',
        push_interested: 'A seeker is interested in your achievement “{{achievement}}”: {{need}}',
      },
      ip: {
        fee_due: 'Annual fee due on {{dueOn}}: {{title}} ({{number}})',
        expiring: 'IP right expires on {{dueOn}}: {{title}} ({{number}})',
        verified: 'IP record verified and counted: {{title}} ({{number}})',
        rejected: 'IP record rejected: {{title}} ({{number}})',
      },
      materials: {
        expiring: 'A material ends on {{dueOn}}; please upload the renewed one: {{title}}',
        checked: 'Material checked: {{title}}',
        rejected: 'Material rejected: {{title}}',
      },
      account: {
        password_reset: 'An administrator issued you a one-time link to set a new password, valid until {{expiresAt}}',
      },
      booking: {
        requested: 'New booking request for {{instrument}} ({{start}}): please approve',
        confirmed: 'A booking of {{instrument}} was confirmed ({{start}})',
        rescheduled: 'A booking of {{instrument}} moved to {{start}}',
      },
      order: {
        requested: 'New order #{{orderId}}: {{title}}',
        quoted: 'Order #{{orderId}} ({{title}}) has an amount for you to accept',
        accepted: 'The amount of order #{{orderId}} ({{title}}) was accepted',
        confirmed: 'The provider confirmed your booking: order #{{orderId}} ({{title}}) is confirmed',
        in_service: 'Service on order #{{orderId}} ({{title}}) has started',
        delivered: 'Order #{{orderId}} ({{title}}) was delivered: please check and accept',
        completed: 'Order #{{orderId}} ({{title}}) is completed',
        cancelled: 'Order #{{orderId}} ({{title}}) was cancelled',
        rejected: 'Order #{{orderId}} ({{title}}) was rejected',
        disputed: 'Order #{{orderId}} ({{title}}) is disputed',
        rated: 'Order #{{orderId}} was rated {{rating}} stars',
      },
      service: {
        suspend: 'Your service “{{title}}” was suspended',
        reinstate: 'Your service “{{title}}” is listed again',
        provider_suspend: '{{count}} services of your organisation were suspended',
        provider_reinstate: '{{count}} services of your organisation are listed again',
      },
      voucher: {
        applied: 'New voucher application to review: {{scheme}}, {{amount}}',
        issued: 'Voucher {{number}} was issued: {{amount}}',
        rejected: 'Your voucher application was not approved',
        expired: 'Voucher {{number}} expired; its balance of {{amount}} has lapsed',
        hold_released:
          'Order #{{orderId}} was not completed within {{days}} days: the vouchers held for it were released, and the order is to be paid in full',
      },
      settlement: {
        submitted: 'New voucher claim to review: order #{{orderId}}, {{amount}}',
        approved: 'Your voucher settlement claim was approved',
        returned: 'Your voucher settlement claim was returned: please correct the documents and submit it again',
        paid: 'Voucher settlement of {{amount}} was paid',
      },
      reimbursement: {
        submitted: 'New voucher reimbursement #{{id}} to review, {{amount}}',
        approved: 'Reimbursement claim #{{id}} was approved',
        rejected: 'Reimbursement claim #{{id}} was rejected',
        paid: 'The reimbursement of {{amount}} has been paid',
      },
      org: {
        registered: 'New registration to verify: {{name}}',
        fact_change_approved: 'The change of your organisation’s verified details was approved and now applies',
        fact_change_rejected: 'The change of your organisation’s verified details was rejected',
      },
      unknown: 'New notification ({{kind}})',
    },
    note: 'Note: {{note}}',
    reason: 'Reason: {{reason}}',
    fee: 'Fee: {{fee}}',
  },
};

export default dictionary;
