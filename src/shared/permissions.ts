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
  /** Add users and see the list of accounts. */
  'users.manage': [],
  /** Read the whole audit trail (`GET /api/events`). */
  'events.read': ['chief', 'reviewer'],
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
