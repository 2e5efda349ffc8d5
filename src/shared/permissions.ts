/**
 * Who may do what outside an item's workflow (that table is workflow.ts): one table, which the server's routes
 * enforce, the live stream filters events by, and the client renders its links and buttons from. Admins may do
 * everything.
 */
import type { Role } from './schemas/users.ts';

export const PERMISSIONS = {
  /** See the feeds and their health. */
  'feeds.read': ['chief'],
  /** Add, change, pause, poll and remove feeds. */
  'feeds.manage': [],
  /** See the list of accounts (roles, desks, last sign-in, state) and the service tokens. */
  'users.read': ['chief'],
  /** Add users, change their roles and desks, disable them, reset passwords, manage service tokens. */
  'users.manage': [],
  /** Read the desk overview (`/desk`): made for chiefs, open to the whole desk to read. */
  'desk.overview': ['chief', 'editor', 'reviewer'],
  /** Read the whole audit trail (`GET /api/events`). */
  'events.read': ['chief', 'reviewer'],
  /** Write a new desk story, from scratch or from reports (`POST /api/stories`). */
  'stories.create': ['editor', 'chief'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether someone with these roles has the permission. */
export function hasPermission(actor: { roles: readonly Role[] }, permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.includes('admin') || actor.roles.some((role) => roles.includes(role));
}

/** The roles a route open to this permission lists (admin first: it passes every check anyway). */
export function rolesFor(permission: Permission): readonly Role[] {
  return ['admin', ...PERMISSIONS[permission]];
}

/**
 * What each kind of event tells, and so who may see it: the live stream and the audit log (`GET /api/events`)
 * show an event only to whom the REST API would show the same thing. Item and comment events are the desk's
 * shared view; feed events are the feeds page's; account and service-token events (`user.*`) the people
 * page's, which desk chiefs read too; sign-ins, with the addresses they came from, are administration's alone.
 */
export function eventPermission(type: string): Permission | 'everyone' | 'nobody' {
  if (type.startsWith('item.') || type.startsWith('comment.')) return 'everyone';
  if (type.startsWith('feed.')) return 'feeds.read';
  // A display name is on every row assigned to its holder, every comment and every "… is editing" notice.
  if (type === 'user.renamed') return 'everyone';
  if (type.startsWith('user.')) return 'users.read';
  if (type.startsWith('auth.')) return 'users.manage';
  return 'nobody';
}

/** Whether someone with these roles may see an event of this type (the audit log's rule). */
export function maySeeEvent(actor: { roles: readonly Role[] }, type: string): boolean {
  const permission = eventPermission(type);
  if (permission === 'everyone') return true;
  if (permission === 'nobody') return false;
  return hasPermission(actor, permission);
}

/**
 * The live stream's rule: the type's, and besides it everyone hears the account events about themselves (new
 * roles, desks, a reset password), which their own session shows them anyway (`GET /api/session`): a
 * promotion or a new desk reaches their open screens at once.
 */
export function hearsEvent(
  listener: { userId: number; roles: readonly Role[] },
  event: { type: string; aboutUserId: number | null },
): boolean {
  return (
    maySeeEvent(listener, event.type) ||
    (event.type.startsWith('user.') && event.aboutUserId === listener.userId)
  );
}
