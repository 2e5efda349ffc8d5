import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SavedView, SavedViewCreate } from '#shared/schemas/views.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** POST /api/views: saves (or replaces, by name) a named view. */
export async function saveView(view: SavedViewCreate): Promise<SavedView> {
  return apiRequest('/api/views', { method: 'POST', body: view });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveView,
    onSuccess: (saved) => {
      queryClient.setQueryData<{ views: SavedView[] }>(queryKeys.views, (old) => ({
        views: [...(old?.views ?? []).filter((view) => view.name !== saved.name), saved].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      }));
    },
  });
}
