import type { DraftDelete } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';

/** DELETE /api/items/:id/draft: this tab's draft, or drafts offered back and discarded (as they were then). */
export async function deleteDrafts(id: number, which: DraftDelete): Promise<void> {
  await apiRequest<void>(`/api/items/${id}/draft`, { method: 'DELETE', body: which });
}
