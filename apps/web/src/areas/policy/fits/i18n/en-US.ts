import type zh from './zh-CN';

/** "Policies that fit me", the calculator and subscriptions in English; the same keys as zh-CN.ts. */
const dictionary: typeof zh = {
  mine: {
    searchPlaceholder: 'Search item, document, document number or department',
    title: 'Policies that fit me',
    subtitle: "Every policy item open to claims, checked against your enterprise's recorded data",
    eligible: 'Eligible',
    needsData: 'Need more data',
    total: 'Expected in all',
    all: 'All',
    empty: 'No policy item fits yet',
    result: 'Show',
  },
  fit: {
    amount: 'About {{amount}}',
    inReview: 'Amount set in review',
    closes: 'Open until {{date}}',
    noClose: 'Open without a closing date',
    auto: 'Automatic benefit: nothing to apply for, paid when you qualify',
    apply: 'Apply',
    missing: 'Missing: {{facts}}',
    fillIn: 'Fill in',
  },
  where: {
    org: 'Enterprise details and yearly figures',
    ip: 'Intellectual property',
    cultivation: 'Evaluations',
    declaration: 'Evaluations (declarations)',
  },
  sub: {
    title: 'Policy subscription',
    hint: 'Tell me of newly published items carrying any of these tags (in the app, and by email when it is set up)',
    supportKinds: 'Support kinds',
    enterpriseKinds: 'Applicants',
    levels: 'Levels',
    save: 'Save subscription',
    saved: 'Subscription saved',
    never: 'Not subscribed yet',
  },
  check: {
    title: 'Policy calculator',
    subtitle:
      'Answer a few questions (each may be left blank) to see which open policies may fit you. No login; nothing is stored.',
    park: 'Which park is the enterprise in?',
    industry: 'Which industry?',
    employees: 'How many employees?',
    techStaff: 'Of them, how many technology staff?',
    revenue: "Last year's revenue (10,000 yuan)",
    rd: "Last year's R&D expense (10,000 yuan)",
    rdPercent: 'R&D expense as a share of revenue (%)',
    ip1: 'How many Class I IP rights (invention patents…)?',
    ip2: 'How many Class II IP rights (utility models, software…)?',
    tsme: 'Registered as a technology-based SME?',
    hte: 'Holds a valid high-tech enterprise certificate?',
    specialised: 'Recognised as a specialised and innovative SME?',
    years: 'How many years since registration?',
    yes: 'Yes',
    no: 'No',
    unknown: 'Not sure',
    submit: 'Show policies that may fit',
    results: 'Policies that may fit ({{count}})',
    none: 'From your answers no open policy fits yet; answer more questions and try again',
    register:
      'Register your enterprise: the platform matches your real data, reminds you of deadlines and takes applications online',
    registerCta: 'Register',
  },
};

export default dictionary;
