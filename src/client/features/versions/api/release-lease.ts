import { apiRequest } from '#client/lib/api-client.ts';

/** DELETE /api/items/:id/lease: stop editing (nothing happens when this tab does not hold the lease). */
export async function releaseLease(itemId: number, tabId: string): Promise<void> {
  await apiRequest(`/api/items/${itemId}/lease`, { method: 'DELETE', body: { tabId } });
}
