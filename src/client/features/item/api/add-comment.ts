import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Comment } from '#shared/schemas/items.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { queryKeys } from '#client/lib/query-keys.ts';

/** POST /api/items/:id/comments. */
export async function addComment({ itemId, body }: { itemId: number; body: string }): Promise<Comment> {
  return apiRequest(`/api/items/${itemId}/comments`, { method: 'POST', body: { body } });
}

export function useAddComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addComment,
    onSuccess: (comment) => {
      queryClient.setQueryData<{ comments: Comment[] }>(queryKeys.comments(comment.itemId), (old) =>
        old && !old.comments.some((known) => known.id === comment.id)
          ? { comments: [...old.comments, comment] }
          : old,
      );
    },
  });
}
