import { apiRequest } from '#client/lib/api-client.ts';

/** DELETE /api/items/:id/draft: the editor discarded their unsaved changes. */
export async function deleteDraft(id: number): Promise<void> {
  await apiRequest<void>(`/api/items/${id}/draft`, { method: 'DELETE' });
}
