/** What every module receives: configuration, the database, the event bus and the logger. */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import { EventBus } from './modules/events/bus.ts';
import { FeedPoller, pollerOptionsFrom, type PollerOptions } from './modules/feeds/poller.ts';

export interface AppContext {
  config: Config;
  database: Database;
  bus: EventBus;
  log: FastifyBaseLogger;
  /** Polls the configured feeds; started by main.ts (POLLERS=1), idle in tests unless they start it. */
  poller: FeedPoller;
}

/** Wires the context together; the app and the CLI build it the same way. */
export function createContext(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
  pollerOptions?: PollerOptions,
): AppContext {
  const ctx = { config, database, log, bus: new EventBus(database, log) } as AppContext;
  ctx.poller = new FeedPoller(ctx, pollerOptions ?? pollerOptionsFrom(config));
  return ctx;
}
