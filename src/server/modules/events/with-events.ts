/** The one way a change and its events are written together. */
import type { EventActor, MirsadEvent } from '#shared/schemas/events.ts';
import type { AppContext } from '../../context.ts';
import type { Tx } from '../../db/index.ts';
import { runTransaction } from '../../db/transaction.ts';
import { appendEvents, type NewEvent } from './repository.ts';

/** Records an event of the change in progress; it is written when the work is done, in the same transaction. */
export type Emit = (event: NewEvent) => void;

/**
 * Runs `work` in one transaction and appends the events it emitted as that transaction's LAST step (the event
 * sequence is locked only from then until commit, see appendEvents), then, after the commit, tells the bus so
 * that live clients hear of it. Either the change and its events are both committed, or neither is.
 */
export async function withEvents<T>(
  ctx: AppContext,
  actor: EventActor,
  work: (trx: Tx, emit: Emit) => Promise<T>,
  at: number = ctx.now(),
): Promise<T> {
  const events: NewEvent[] = [];
  let appended: MirsadEvent[] = [];
  const result = await runTransaction(ctx.database, async (trx) => {
    const value = await work(trx, (event) => events.push(event));
    appended = await appendEvents(trx, ctx.database, actor, events, { at, announcedBy: ctx.bus.id });
    return value;
  });
  if (appended.length > 0) ctx.bus.committed(appended);
  return result;
}
