/** Which events notify whom: one rule for the server's list and the client's live toasts. */
import type { MirsadEvent } from './schemas/events.ts';
import type { User } from './schemas/users.ts';
import type { NotificationKind } from './schemas/views.ts';

export type { NotificationKind };

/** The notification this event means for this user, or null. A user is not notified of their own actions. */
export function notificationKindFor(
  event: MirsadEvent,
  user: Pick<User, 'id' | 'roles'>,
): NotificationKind | null {
  if (event.actor.kind === 'user' && event.actor.id === user.id) return null;
  switch (event.type) {
    case 'item.assign':
      return event.payload.assigneeId === user.id ? 'assigned' : null;
    case 'item.return':
      return event.payload.assigneeId === user.id ? 'returned' : null;
    case 'item.submit':
      return user.roles.includes('reviewer') ? 'review' : null;
    // Published copy sent back for a correction: the most urgent assignment there is.
    case 'item.correct':
      return event.payload.assigneeId === user.id ? 'correction' : null;
    case 'item.publish':
      return event.payload.assigneeId === user.id ? 'published' : null;
    // The agency sent a new copy of a report in the desk's hands: its holder is told, not only whoever opens it.
    case 'item.wire_updated':
      return event.payload.assigneeId != null && event.payload.assigneeId === user.id ? 'agencyUpdate' : null;
    default:
      return null;
  }
}
