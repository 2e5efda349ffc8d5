/**
 * The way into the article editor (features/editor, route `/items/$itemId/edit`): features that send someone
 * there after an action (a new story) go through here; links use components/editor-link.tsx.
 */
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';

/** Opens the editor for a story (client-side navigation). */
export function useOpenEditor(): (itemId: number) => void {
  const navigate = useNavigate();
  return useCallback(
    (itemId: number) => void navigate({ to: '/items/$itemId/edit', params: { itemId } }),
    [navigate],
  );
}
