import type { Item } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { EDIT_TAB_HEADER } from './save-story.ts';

/** POST /api/items/:id/wire-update/take: the agency's newer copy becomes the story's next version. */
export async function takeWireUpdate(id: number, version: number, tabId: string): Promise<Item> {
  return apiRequest<Item>(`/api/items/${id}/wire-update/take`, {
    method: 'POST',
    ifMatch: version,
    headers: { [EDIT_TAB_HEADER]: tabId },
  });
}
