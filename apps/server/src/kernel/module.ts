import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connection.ts';
import type { AnyHandler, EventBus } from './events.ts';

/** What every module is built from: the kernel's services. Modules get each other's façades as a second argument. */
export type Kernel = { db: Db; clock: Clock; config: Config; events: EventBus };

/** Scheduled work: `run` does one batch and says how many rows it handled; it is called again until that is 0. */
export type JobDefinition = { name: string; cron: string; run: () => Promise<number> };

export type ModuleDefinition<Api = undefined> = {
  name: string;
  /** The functions and read queries this module offers others: the only way in from outside. */
  api: Api;
  /** Route plugins registered under /api/v1. */
  routes?: (FastifyPluginAsyncZod | FastifyPluginAsync)[];
  /** Route plugins registered under /api (the health check). */
  rootRoutes?: (FastifyPluginAsyncZod | FastifyPluginAsync)[];
  /** Server-wide hooks a module installs (the session hook of identity). Runs before any route is registered. */
  setup?: (app: FastifyInstance) => void | Promise<void>;
  jobs?: JobDefinition[];
  /** Handlers of other modules' events, run inside the emitting transaction. */
  handlers?: AnyHandler[];
};

export const defineModule = <Api = undefined>(m: ModuleDefinition<Api>): ModuleDefinition<Api> => m;
