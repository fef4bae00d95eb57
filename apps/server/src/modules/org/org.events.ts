/** An organisation's yearly indicators were written or deleted (the cultivation area re-evaluates it). */
export type IndicatorsChanged = { orgId: number; year: number };

declare module '../../kernel/events.ts' {
  interface EventMap {
    'org.indicators-changed': IndicatorsChanged;
  }
}
