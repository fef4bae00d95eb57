import type zhCN from './zh-CN';

/** The supervision's and the evaluation's words in English; the keys are exactly those of zh-CN.ts. */
const dictionary: typeof zhCN = {
  title: 'Policy supervision',
  subtitle:
    'Per item and responsible department: how far policies were pushed, seen, applied for, approved and paid, and what is overdue',
  year: 'Year',
  range: 'Dates',
  department: 'Department',
  allDepartments: 'All departments',
  byItem: 'By item',
  byDepartment: 'By department',
  total: 'Total',
  chart: 'Applications and payments by department',
  col: {
    item: 'Policy item',
    department: 'Department',
    items: 'Items',
    eligible: 'Eligible',
    notified: 'Notified',
    opened: 'Opened',
    applied: 'Applied',
    approved: 'Approved',
    paid: 'Paid',
    approvedFen: 'Approved amount',
    paidFen: 'Paid amount',
    median: 'Median days to payment',
    overdue: 'Overdue unpaid',
    paidLate: 'Paid late',
  },
  evaluation: {
    title: 'Third-party policy evaluation',
    subtitle: 'Awareness, satisfaction and on-time payment per item and for the year; definitions in the glossary',
    awareness: 'Awareness',
    satisfaction: 'Satisfaction',
    mean: 'Mean score',
    onTime: 'Paid on time',
    parts: '{{numerator}} / {{denominator}}',
    none: '—',
    year: 'Whole year',
    extract: 'Download extract',
  },
};

export default dictionary;
