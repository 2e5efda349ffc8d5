import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Feed, FeedPatch } from '#shared/schemas/feeds.ts';
import { ApiError, apiRequest } from '#client/lib/api-client.ts';
import { errorMessage } from '#client/lib/i18n.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { feedsText } from '../i18n.ts';
import { findFeed, removeFeed, writeFeed } from './feed-cache.ts';
import { FEEDS_MUTATION_KEY, FEEDS_QUERY_KEY } from './get-feeds.ts';

export interface UpdateFeedInput {
  id: number;
  /** The version the change was made on: sent as If-Match, so a change made meanwhile is not overwritten. */
  version: number;
  patch: FeedPatch;
}

/** PATCH /api/feeds/:id with If-Match (412 when someone else changed it first). */
export async function updateFeed({ id, version, patch }: UpdateFeedInput): Promise<Feed> {
  return apiRequest(`/api/feeds/${id}`, { method: 'PATCH', body: patch, ifMatch: version });
}

/** The edit form's save: the form itself shows a refusal (and keeps what was typed). */
export function useUpdateFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: updateFeed,
    onSuccess: (feed) => writeFeed(queryClient, feed),
    onError: (error, { id }) => {
      if (error instanceof ApiError && error.status === 404) removeFeed(queryClient, id);
      else if (error instanceof ApiError && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: FEEDS_QUERY_KEY });
    },
  });
}

/** The message for a refused change to a feed: a stale version and a vanished feed in the page's words. */
export function feedErrorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 412) return feedsText('stale');
  if (error instanceof ApiError && error.status === 404) return feedsText('gone');
  return errorMessage(error);
}

/**
 * Pause or resume in one click: the switch moves at once, and goes back with the reason if the server refuses
 * (412 when someone else changed the feed first: their version is then fetched and shown).
 */
export function useSetFeedEnabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: FEEDS_MUTATION_KEY,
    mutationFn: ({ feed, enabled }: { feed: Feed; enabled: boolean }) =>
      updateFeed({ id: feed.id, version: feed.version, patch: { enabled } }),
    onMutate: async ({ feed, enabled }) => {
      await queryClient.cancelQueries({ queryKey: FEEDS_QUERY_KEY });
      const before = findFeed(queryClient, feed.id);
      if (before) writeFeed(queryClient, { ...before, enabled }, { force: true });
      return { before };
    },
    onError: (error, { feed }, context) => {
      if (error instanceof ApiError && error.status === 404) removeFeed(queryClient, feed.id);
      else if (context?.before) writeFeed(queryClient, context.before, { force: true });
      pushToast({ kind: 'error', message: feedErrorMessage(error) });
      if (error instanceof ApiError && error.status === 412)
        void queryClient.invalidateQueries({ queryKey: FEEDS_QUERY_KEY });
    },
    onSuccess: (saved) => {
      writeFeed(queryClient, saved, { force: true });
      pushToast({
        kind: 'info',
        message: feedsText(saved.enabled ? 'toggle.resumed' : 'toggle.paused', { name: saved.name }),
      });
    },
  });
}
