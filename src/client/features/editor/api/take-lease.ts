import { apiRequest } from '#client/lib/api-client.ts';

export interface LeaseGrant {
  since: string;
  expiresAt: string;
}

/** POST /api/items/:id/lease: start or keep editing in this tab (409 `lease.held` when someone else is). */
export async function takeLease(id: number, tabId: string): Promise<LeaseGrant> {
  return apiRequest<LeaseGrant>(`/api/items/${id}/lease`, { method: 'POST', body: { tabId } });
}
