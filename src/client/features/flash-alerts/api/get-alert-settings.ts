import { queryOptions, useQuery } from '@tanstack/react-query';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings } from '#shared/schemas/alert-settings.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** GET /api/me/alert-settings: whether a flash also sounds and shows a desktop notification for this user. */
export async function getAlertSettings(signal?: AbortSignal): Promise<AlertSettings> {
  return apiRequest<AlertSettings>('/api/me/alert-settings', { signal });
}

export function getAlertSettingsQueryOptions() {
  return queryOptions({
    queryKey: queryKeys.alertSettings,
    queryFn: ({ signal }) => getAlertSettings(signal),
    // Changed only by this user; a change in another tab is read when this one next loads.
    staleTime: Infinity,
  });
}

/** The user's settings; everything off until they have loaded (the defaults). */
export function useAlertSettings(): AlertSettings {
  return useQuery(getAlertSettingsQueryOptions()).data ?? DEFAULT_ALERT_SETTINGS;
}
