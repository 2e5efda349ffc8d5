import type { Item } from '#shared/schemas/items.ts';
import type { StoryPatch } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';

export const EDIT_TAB_HEADER = 'x-edit-tab';

/**
 * PATCH /api/items/:id: saves a version with the fields that changed, from the version the editor worked from
 * (If-Match) and from the tab that holds the lease (X-Edit-Tab). `draftSeen`: when the server stored the last
 * draft this editor sent, so that the save removes drafts up to it and none written later (X-Draft-Seen).
 */
export async function saveStory(
  id: number,
  patch: StoryPatch,
  version: number,
  tabId: string,
  drafts: {
    /** When the server stored the last draft this session wrote (X-Draft-Seen). */
    draftSeen?: string | null;
    /** The other drafts whose text the session restored, as they were (X-Drafts-Taken). */
    draftsTaken?: readonly { tabId: string; upTo: string }[];
  } = {},
): Promise<Item> {
  const { draftSeen, draftsTaken = [] } = drafts;
  return apiRequest<Item>(`/api/items/${id}`, {
    method: 'PATCH',
    body: patch,
    ifMatch: version,
    headers: {
      [EDIT_TAB_HEADER]: tabId,
      ...(draftSeen ? { 'x-draft-seen': draftSeen } : {}),
      ...(draftsTaken.length > 0
        ? { 'x-drafts-taken': draftsTaken.map(({ tabId: tab, upTo }) => `${tab}@${upTo}`).join(',') }
        : {}),
    },
  });
}
