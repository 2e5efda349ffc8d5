import { apiRequest } from '#client/lib/api-client.ts';

/** POST /api/items/:id/lease: start editing from this tab (409 `lease.held`, with who, when someone else is). */
export async function acquireLease(
  itemId: number,
  tabId: string,
): Promise<{ since: string; expiresAt: string }> {
  return apiRequest(`/api/items/${itemId}/lease`, { method: 'POST', body: { tabId } });
}
