/** What every module receives: configuration, the database, the event bus and the logger. */
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/index.ts';
import { EventBus } from './modules/events/bus.ts';
import { loadLiveItemsById } from './modules/items/serialize.ts';

export interface AppContext {
  config: Config;
  database: Database;
  bus: EventBus;
  log: FastifyBaseLogger;
  /** The time, in epoch ms: Date.now, or a clock a test moves (leases, drafts). */
  now: () => number;
}

/** Wires the context together; the app and the CLI build it the same way. */
export function createContext(
  config: Config,
  database: Database,
  log: FastifyBaseLogger,
  now: () => number = Date.now,
): AppContext {
  // The bus sends each event with the current state of its item, read once per batch for every subscriber.
  const bus = new EventBus(database, log, (ids) => loadLiveItemsById(database.db, ids, now()));
  return { config, database, log, bus, now };
}
