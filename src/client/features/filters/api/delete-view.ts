import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SavedView } from '#shared/schemas/views.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** DELETE /api/views/:id. */
export async function deleteView(id: number): Promise<void> {
  await apiRequest<void>(`/api/views/${id}`, { method: 'DELETE' });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteView,
    onMutate: (id) => {
      const previous = queryClient.getQueryData<{ views: SavedView[] }>(queryKeys.views);
      queryClient.setQueryData<{ views: SavedView[] }>(queryKeys.views, (old) =>
        old ? { views: old.views.filter((view) => view.id !== id) } : old,
      );
      return { previous };
    },
    onError: (_error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(queryKeys.views, context.previous);
    },
  });
}
