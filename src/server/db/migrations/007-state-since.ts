import { sql, type Kysely } from 'kysely';
import { ACTIONS } from '#shared/workflow.ts';
import { actionEventType } from '#shared/schemas/events.ts';

/**
 * items.state_since: when the item entered its current status (epoch ms), so the queue can select "in review for
 * longer than 30 minutes" exactly as the desk overview counts it. Null means "since it arrived": nothing has moved
 * it yet, so ingest and new stories need not write it. The workflow sets it whenever an action changes the status.
 *
 * Existing items take the time of their latest workflow action from the event log. A re-assignment of an item
 * already assigned did not change its status but counts here too: the log does not say, and it errs towards a
 * shorter wait, never a longer one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').addColumn('state_since', 'bigint').execute();
  const actionTypes = ACTIONS.map(actionEventType);
  await sql`
    update items set state_since = (
      select max(events.created_at) from events
      where events.item_id = items.id and events.type in (${sql.join(actionTypes)})
    )
    where items.last_action is not null`.execute(db);
  // "In review since", per status: the overview's waiting-review count and the queue's filter read this range.
  await db.schema
    .createIndex('items_status_state_since')
    .on('items')
    .columns(['status', 'state_since'])
    .execute();
}
