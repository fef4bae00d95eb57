/**
 * The Ⅰ类/Ⅱ类 IP an organisation counts (view `ip_class_counts`) changed with this write: a record was verified, sent
 * back to verification, lapsed, expired or transferred away by an edit or an event. Emitted inside the write's
 * transaction, so a handler reads the new counts (the cultivation area re-evaluates the organisation).
 */
export type IpCountsChanged = { orgId: number };

declare module '../../kernel/events.ts' {
  interface EventMap {
    'ip.counts-changed': IpCountsChanged;
  }
}
