/**
 * Notifications are derived from the event log, not stored twice: "assigned to you", "returned to you",
 * "waiting for review" (for reviewers) and "published" (for the item's editor). The client applies the same
 * rule (notificationKindFor) to live events.
 */
import type { MirsadEvent } from '#shared/schemas/events.ts';
import type { Notification } from '#shared/schemas/views.ts';
import type { User } from '#shared/schemas/users.ts';
import { notificationKindFor } from '#shared/notifications.ts';
import type { Executor } from '../../db/index.ts';
import { toEvent } from '../events/repository.ts';

const TYPES = ['item.assign', 'item.return', 'item.submit', 'item.publish'];
// Scan window: recent notification-worthy events, filtered per user in memory.
const SCAN = 1_000;

/** The user's most recent notifications, newest first. */
export async function listNotifications(db: Executor, user: User, limit: number): Promise<Notification[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('type', 'in', TYPES)
    .orderBy('seq', 'desc')
    .limit(SCAN)
    .execute();
  const notifications: Notification[] = [];
  for (const row of rows) {
    const event: MirsadEvent = toEvent(row);
    const kind = notificationKindFor(event, user);
    if (kind) notifications.push({ kind, event });
    if (notifications.length >= limit) break;
  }
  return notifications;
}
