import type { Draft, DraftPut } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';

/** PUT /api/items/:id/draft: keeps what the editor has typed on the server (not a version). */
export async function saveDraft(id: number, draft: DraftPut): Promise<Draft> {
  return apiRequest<Draft>(`/api/items/${id}/draft`, { method: 'PUT', body: draft });
}
