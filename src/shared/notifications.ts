/** Which events notify whom: one rule for the server's list and the client's live toasts. */
import type { MirsadEvent } from './schemas/events.ts';
import type { User } from './schemas/users.ts';

export type NotificationKind = 'assigned' | 'returned' | 'review' | 'published';

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
    case 'item.publish':
      return event.payload.assigneeId === user.id ? 'published' : null;
    default:
      return null;
  }
}
