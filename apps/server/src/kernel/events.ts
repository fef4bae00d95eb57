import type { Actor } from './actor.ts';
import type { Tx } from './db/connection.ts';

/**
 * Events that modules announce, with their payloads. A module declares its own events by augmenting this interface
 * (`declare module '../../kernel/events.ts' { interface EventMap { 'order.stepped': OrderStepped } }`), so an emitter
 * and its handlers agree on the payload's type without importing each other.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules
export interface EventMap {}
export type EventName = keyof EventMap;

export type EventHandler<E extends EventName> = (tx: Tx, actor: Actor | null, payload: EventMap[E]) => Promise<void>;

export type HandlerDefinition<E extends EventName = EventName> = {
  event: E;
  /** Unique name of the handler (`voucher.hold-on-accept`), so that the log and a duplicate registration say who. */
  name: string;
  handle: EventHandler<E>;
};

/** A handler of any one event (a union over the events, so that a list can hold handlers of different events). */
export type AnyHandler = { [E in EventName]: HandlerDefinition<E> }[EventName];

/** Declares a handler with its payload typed by the event's name. */
export const defineHandler = <E extends EventName>(h: HandlerDefinition<E>): HandlerDefinition<E> => h;

/**
 * Named handlers that run inside the emitter's transaction, in registration order: what they write commits or rolls
 * back with the change that caused it (money moves with the order step), and a handler's error refuses the change.
 * Work that must leave the transaction (a call to another platform) writes an outbox row here and is sent after commit.
 */
export function createEventBus() {
  const handlers = new Map<string, AnyHandler[]>();
  const names = new Set<string>();
  return {
    on(handler: AnyHandler) {
      if (names.has(handler.name)) throw new Error(`event handler ${handler.name} is registered twice`);
      names.add(handler.name);
      const list = handlers.get(handler.event) ?? [];
      list.push(handler);
      handlers.set(handler.event, list);
    },
    async emit<E extends EventName>(tx: Tx, actor: Actor | null, event: E, payload: EventMap[E]): Promise<void> {
      for (const h of handlers.get(event) ?? []) await (h.handle as EventHandler<E>)(tx, actor, payload);
    },
  };
}
export type EventBus = ReturnType<typeof createEventBus>;
