import { useInfiniteQuery } from '@tanstack/react-query';
import type { ItemFilters } from '#shared/schemas/items.ts';
import type { User } from '#shared/schemas/users.ts';
import { mayEverTake, SENT_BACK_ACTIONS } from '#shared/workflow.ts';
import { getItemListQueryOptions, useLiveSync } from '#client/lib/live/index.ts';

export type MyWorkSection = 'assigned' | 'returned' | 'submitted' | 'review' | 'toAssign';

/**
 * The lists of "my work", as ordinary queue filters (so live updates patch them like the queue, judged by
 * matchesFilters). An item is "assigned" by an assignment, or sent back: returned by a reviewer, or a published
 * story sent for a correction (listed with the returned: changes asked for). The server's `lastAction` filter
 * (the latest workflow action) tells them apart exactly.
 */
export function myWorkSections(
  user: Pick<User, 'id' | 'roles'>,
): Array<{ section: MyWorkSection; filters: ItemFilters }> {
  const sections: Array<{ section: MyWorkSection; filters: ItemFilters }> = [];
  const isEditor = user.roles.includes('editor') || user.roles.includes('admin');
  if (isEditor) {
    sections.push({
      section: 'returned',
      filters: { status: ['assigned'], assignee: 'me', lastAction: [...SENT_BACK_ACTIONS] },
    });
    sections.push({
      section: 'assigned',
      filters: { status: ['assigned'], assignee: 'me', lastAction: ['assign'] },
    });
  }
  if (mayEverTake(user, 'approve')) sections.push({ section: 'review', filters: { status: ['in_review'] } });
  else if (isEditor)
    sections.push({ section: 'submitted', filters: { status: ['in_review'], assignee: 'me' } });
  if (mayEverTake(user, 'assign')) sections.push({ section: 'toAssign', filters: { status: ['accepted'] } });
  return sections;
}

/** One list of my work. */
export function useMyWorkList(filters: ItemFilters) {
  const liveSync = useLiveSync();
  return useInfiniteQuery(getItemListQueryOptions(filters, liveSync));
}
