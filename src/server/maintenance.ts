/**
 * Periodic housekeeping, every ten minutes in each server process (all of it is idempotent, so several
 * instances may run it): expired sessions and old login failures go, near-duplicate matching data past its
 * window goes, and the query planner's statistics are refreshed.
 */
import type { AppContext } from './context.ts';
import { pruneExpired } from './modules/auth/sessions.ts';
import { CLUSTER_WINDOW_MS } from './ingest/clustering.ts';

export const MAINTENANCE_INTERVAL_MS = 600_000;
// Matching looks back 36 h and clusters accept members for 72 h; keep a day more for late-arriving copy.
const NEAR_DUPLICATE_RETENTION_MS = CLUSTER_WINDOW_MS + 24 * 3_600_000;

/** Runs every housekeeping task once; a failing task is logged and does not stop the others. */
export async function runMaintenance(ctx: AppContext, now = Date.now()): Promise<void> {
  const { db } = ctx.database;
  const cutoff = now - NEAR_DUPLICATE_RETENTION_MS;
  const tasks: Array<[string, () => Promise<unknown>]> = [
    ['sessions', () => pruneExpired(ctx, now)],
    ['near-duplicate keys', () => db.deleteFrom('near_dup_keys').where('received_at', '<', cutoff).execute()],
    [
      'near-duplicate signatures',
      () =>
        db
          .deleteFrom('near_dup_signatures')
          .where('item_id', 'in', (eb) =>
            eb.selectFrom('items').select('id').where('received_at', '<', cutoff),
          )
          .execute(),
    ],
    ['planner statistics', () => ctx.database.optimize()],
  ];
  for (const [name, task] of tasks) {
    await task().catch((error: unknown) => ctx.log.warn({ err: error }, `maintenance: ${name} failed`));
  }
}
