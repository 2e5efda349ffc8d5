import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertSettings, AlertSettingsPatch } from '#shared/schemas/alert-settings.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { queryKeys } from '#client/lib/query-keys.ts';
import { pushToast } from '#client/stores/toast-store.ts';

/** PATCH /api/me/alert-settings: only the switches sent change. */
export async function updateAlertSettings(patch: AlertSettingsPatch): Promise<AlertSettings> {
  return apiRequest<AlertSettings>('/api/me/alert-settings', { method: 'PATCH', body: patch });
}

/** Switches flip at once; a refusal puts them back and says why. */
export function useUpdateAlertSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAlertSettings,
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.alertSettings });
      const before = queryClient.getQueryData<AlertSettings>(queryKeys.alertSettings);
      if (before) queryClient.setQueryData<AlertSettings>(queryKeys.alertSettings, { ...before, ...patch });
      return { before };
    },
    onError: (error, _patch, context) => {
      if (context?.before) queryClient.setQueryData(queryKeys.alertSettings, context.before);
      pushToast({ kind: 'error', message: errorMessage(error) });
    },
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.alertSettings, saved),
  });
}
