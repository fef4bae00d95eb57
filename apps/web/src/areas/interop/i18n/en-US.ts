import type zhCN from './zh-CN';

/** The `interop` namespace in English: same shape as zh-CN, a missing or extra key is a type error. */
const dictionary: typeof zhCN = {
  partners: {
    searchPlaceholder: 'Search by region code, name or API address',
    title: 'Partner regions',
    subtitle:
      'Regions whose vouchers are honoured here and ours there (通用通兑), with their API address and shared key',
    explain:
      '通用 (use anywhere): an enterprise of ours pays a provider in a partner region in full and claims reimbursement from its voucher here. 通兑 (redeem across regions): an enterprise of a partner region orders here and pays with its own region’s voucher, which this platform holds and redeems through that region’s API.',
    new: 'Register a region',
    edit: 'Edit',
    editTitle: 'Edit partner region: {{code}}',
    newTitle: 'Register a partner region',
    code: 'Region code',
    codeHint: '2–32 lower-case letters, digits or hyphens',
    name: 'Name',
    baseUrl: 'API address',
    urlHint: 'A full address starting with http:// or https://',
    secret: 'Shared key',
    secretHint: 'At least 32 characters; write-only, so enter it again when you edit',
    active: 'Active',
    createdAt: 'Registered',
    saved: 'Saved',
    empty: 'No partner regions yet',
    yes: 'Active',
    no: 'Inactive',
  },
  partnerVoucher: {
    section: "A partner region's voucher (optional)",
    hint: "If your organisation holds a voucher issued by a partner region, give the region's code, the voucher number and its redemption code (set on the voucher's page in that region); that region checks it and holds the amount.",
    region: 'Region code',
    number: 'Voucher number',
    code: 'Redemption code (XXXXX-XXXXX)',
    regionInvalid: 'The region code is 2–32 lower-case letters, digits or hyphens',
    both: 'Give the region code, the voucher number and the redemption code',
  },
};

export default dictionary;
