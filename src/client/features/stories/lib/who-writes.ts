import { hasPermission } from '#shared/permissions.ts';
import type { User } from '#shared/schemas/users.ts';

/** Whether this user may start a story (from scratch or from reports): the table the server enforces. */
export function writesStories(user: Pick<User, 'roles'>): boolean {
  return hasPermission(user, 'stories.create');
}
