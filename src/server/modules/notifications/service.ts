/**
 * Notifications are derived from the event log, not stored twice: "assigned to you", "returned to you",
 * "waiting for review" (for reviewers) and "published" (for the item's editor). The client applies the same
 * rule (notificationKindFor) to live events.
 */
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { Notification } from '#shared/schemas/views.ts';
import type { User } from '#shared/schemas/users.ts';
import type { ItemStatus } from '#shared/workflow.ts';
import { notificationKindFor } from '#shared/notifications.ts';
import type { Executor } from '../../db/index.ts';
import { toEvent } from '../events/repository.ts';

const TYPES = ['item.assign', 'item.return', 'item.submit', 'item.publish', 'item.correct'];
// Scan window: recent notification-worthy events, filtered per user in memory.
const SCAN = 1_000;

/** The user's most recent notifications, newest first. */
export async function listNotifications(db: Executor, user: User, limit: number): Promise<Notification[]> {
  const [workflow, agencyUpdates] = await Promise.all([
    db
      .selectFrom('events')
      .selectAll()
      .where('type', 'in', TYPES)
      .orderBy('seq', 'desc')
      .limit(SCAN)
      .execute(),
    // An agency's new copy notifies only the report's holder, and every touched report's copy is an event: read
    // apart, only this user's (the payload names the holder), so they never crowd the workflow's out of the window.
    db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'item.wire_updated')
      .where((eb) =>
        eb.or([
          eb('payload', 'like', `%"assigneeId":${user.id},%`),
          eb('payload', 'like', `%"assigneeId":${user.id}}%`),
        ]),
      )
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute(),
  ]);
  const rows = [...workflow, ...agencyUpdates].sort((a, b) => Number(b.seq) - Number(a.seq));
  const found: Array<Omit<Notification, 'item'>> = [];
  for (const row of rows) {
    const event: MirsadEvent = toEvent(row);
    const kind = notificationKindFor(event, user);
    if (kind) found.push({ kind, event });
    if (found.length >= limit) break;
  }
  const ids = [
    ...new Set(found.map((entry) => entry.event.itemId).filter((id): id is number => id !== null)),
  ];
  const items = ids.length
    ? await db.selectFrom('items').select(['id', 'headline', 'status']).where('id', 'in', ids).execute()
    : [];
  const byId = new Map(items.map((item) => [item.id, { ...item, status: item.status as ItemStatus }]));
  return found.map((entry) => ({
    ...entry,
    item: entry.event.itemId === null ? null : (byId.get(entry.event.itemId) ?? null),
  }));
}
