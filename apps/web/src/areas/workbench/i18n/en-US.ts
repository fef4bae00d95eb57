import type zhCN from './zh-CN';

/** The `workbench` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  workbench: {
    title: 'Workbench',
    subtitle: 'What waits for me; open an item to see its list',
    open: 'Open',
    nothing: 'Nothing waiting',
    empty: 'Nothing waits for this role',
  },
  items: {
    org: { verifications: 'Organisations to verify' },
    ip: {
      verifications: 'IP records to verify',
      cases: 'Rights-protection cases to accept',
      cases_assigned: 'Rights cases assigned to me',
      cases_agency: 'Rights cases assigned to our agency',
    },
    market: {
      achievements: 'Achievements to review',
      needs: 'Technology needs to review',
      pushes: 'Suggested achievements to answer',
      deals: 'Negotiations and contracts waiting for us',
      registrations_returned: 'Contract registrations wanting materials',
      event_invitations: 'Push events we are invited to and not registered for',
      registrations: 'Contract registrations to decide',
      broker_needs: 'Open needs nobody has pushed for yet',
    },
    cultivation: { tasks: 'Cultivation tasks due within 14 days' },
    voucher: {
      applications: 'Voucher applications to review',
      claims: 'Voucher claims to review',
      reimbursements: 'Voucher reimbursements to review',
      active: 'Vouchers you can use',
      suggestions: 'Voucher schemes open to you',
      claimable: 'Orders you can claim vouchers for',
      returned: 'Claims returned to you',
    },
    order: {
      disputes: 'Order disputes to resolve',
      quotes: 'Quotes to accept',
      deliveries: 'Deliveries to accept',
      requests: 'Requests to quote or confirm',
      accepted: 'Orders to start',
      in_service: 'Orders in service to deliver',
    },
    booking: { approvals: 'Bookings to approve', confirmed: 'Confirmed bookings' },
    policy: {
      fits: 'Policies that fit me (eligible)',
      fits_need_data: 'Policies that may fit with more data',
      applications: 'Policy applications to review',
      fast_due: 'Fast-track claims near or past their deadline',
      returned: 'Policy applications returned for correction',
      auto_confirm: 'Automatic benefits to confirm',
      evaluation: 'Policy items evaluated this year',
    },
    finance: {
      products: 'Products to review',
      overdue: 'Needs past their first-contact day',
      needs_open: 'My financing needs in progress',
      cases_active: 'My loans in progress',
      pushed: 'Needs pushed to us awaiting an answer',
      to_contact: 'Claimed needs to contact first',
      cases_open: 'Our open loan cases',
    },
    notification: { unread: 'Unread notifications' },
  },
};

export default dictionary;
