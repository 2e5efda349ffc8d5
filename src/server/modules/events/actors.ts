/** How the one who made a change appears in the event log (the audit trail): a user, a service token, the system. */
import type { EventActor } from '#shared/schemas/events.ts';
import type { User } from '#shared/schemas/users.ts';
import type { Principal } from '../../http/principal.ts';

export const SYSTEM_ACTOR: EventActor = { kind: 'system', id: null, name: 'system' };

/** How a user appears in the event log. */
export function userActor(user: Pick<User, 'id' | 'displayName'>): EventActor {
  return { kind: 'user', id: user.id, name: user.displayName };
}

/** How a feed's poller appears in the event log: the system, under the feed's name. */
export function feedActor(feed: { name: string }): EventActor {
  return { kind: 'system', id: null, name: feed.name };
}

/** How a principal appears in the event log. */
export function actorOf(principal: Principal): EventActor {
  switch (principal.kind) {
    case 'user':
      return userActor(principal.user);
    case 'token':
      return { kind: 'token', id: principal.tokenId, name: principal.name };
    default:
      return SYSTEM_ACTOR;
  }
}
