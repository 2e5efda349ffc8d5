import { apiRequest } from '#client/lib/api-client.ts';

/**
 * DELETE /api/items/:id/lease: stop editing. `keepalive` as the tab closes, so the story is free at once rather
 * than when the lease lapses.
 */
export async function releaseLease(id: number, tabId: string, options: { keepalive?: boolean } = {}) {
  await apiRequest<void>(`/api/items/${id}/lease`, {
    method: 'DELETE',
    body: { tabId },
    keepalive: options.keepalive,
  });
}
