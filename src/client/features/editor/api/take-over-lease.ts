import { apiRequest } from '#client/lib/api-client.ts';
import type { LeaseGrant } from './take-lease.ts';

/** POST /api/items/:id/lease/takeover: a desk chief, or the holder from another tab, takes editing over. */
export async function takeOverLease(id: number, tabId: string): Promise<LeaseGrant> {
  return apiRequest<LeaseGrant>(`/api/items/${id}/lease/takeover`, { method: 'POST', body: { tabId } });
}
