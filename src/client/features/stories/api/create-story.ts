import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Item } from '#shared/schemas/items.ts';
import type { StoryCreate } from '#shared/schemas/stories.ts';
import { apiRequest } from '#client/lib/api-client.ts';
import { useOpenEditor } from '#client/lib/editor-link.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { writeItemToCaches } from '#client/lib/live/index.ts';
import { useCurrentUser } from '#client/lib/session.ts';
import { pushToast } from '#client/stores/toast-store.ts';

export type CreateStoryInput = Partial<Pick<StoryCreate, 'sourceIds' | 'headline' | 'language'>>;

/** POST /api/stories: a new desk story, from scratch (a headline) or from reports (linked as its sources). */
export async function createStory(input: CreateStoryInput): Promise<Item> {
  return apiRequest<Item>('/api/stories', { method: 'POST', body: input });
}

/**
 * Writes a new story and opens it in the editor. The new row goes into the loaded lists at once (its live event
 * follows and changes nothing). A refusal is said in a toast unless the caller shows it (`toastErrors: false`).
 */
export function useCreateStory({ toastErrors = true }: { toastErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const openEditor = useOpenEditor();
  return useMutation({
    mutationFn: createStory,
    onSuccess: (story) => {
      writeItemToCaches(queryClient, story, user.id);
      openEditor(story.id);
    },
    onError: (error) => {
      if (toastErrors) pushToast({ kind: 'error', message: errorMessage(error) });
    },
  });
}
