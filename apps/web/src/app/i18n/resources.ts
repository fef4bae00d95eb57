import type audit from '../../areas/audit/i18n/zh-CN';
import type booking from '../../areas/booking/i18n/zh-CN';
import type catalog from '../../areas/catalog/i18n/zh-CN';
import type cultivation from '../../areas/cultivation/i18n/zh-CN';
import type finance from '../../areas/finance/i18n/zh-CN';
import type identity from '../../areas/identity/i18n/zh-CN';
import type instrument from '../../areas/instrument/i18n/zh-CN';
import type interop from '../../areas/interop/i18n/zh-CN';
import type ip from '../../areas/ip/i18n/zh-CN';
import type market from '../../areas/market/i18n/zh-CN';
import type materials from '../../areas/materials/i18n/zh-CN';
import type news from '../../areas/news/i18n/zh-CN';
import type notification from '../../areas/notification/i18n/zh-CN';
import type order from '../../areas/order/i18n/zh-CN';
import type org from '../../areas/org/i18n/zh-CN';
import type policy from '../../areas/policy/i18n/zh-CN';
import type sharing from '../../areas/sharing/i18n/zh-CN';
import type voucher from '../../areas/voucher/i18n/zh-CN';
import type workbench from '../../areas/workbench/i18n/zh-CN';
import type common from './common.zh-CN';
import type errors from './errors.zh-CN';

/**
 * The namespaces and their keys, for type-checking `t('…')`. `common` (the shell) and `errors` (messages by server
 * error code) belong to the shell; every other namespace is an area's and is named after it.
 */
export type Resources = {
  common: typeof common;
  errors: typeof errors;
  identity: typeof identity;
  org: typeof org;
  catalog: typeof catalog;
  instrument: typeof instrument;
  booking: typeof booking;
  order: typeof order;
  voucher: typeof voucher;
  interop: typeof interop;
  ip: typeof ip;
  market: typeof market;
  finance: typeof finance;
  cultivation: typeof cultivation;
  materials: typeof materials;
  policy: typeof policy;
  news: typeof news;
  sharing: typeof sharing;
  notification: typeof notification;
  audit: typeof audit;
  workbench: typeof workbench;
};

export type Namespace = keyof Resources;
export const SHELL_NAMESPACES = ['common', 'errors'] as const satisfies readonly Namespace[];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    fallbackNS: 'common';
    resources: Resources;
  }
}
