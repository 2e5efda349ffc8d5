import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '#client/lib/page-title.ts';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { ErrorState } from '#client/components/ui/state-message.tsx';
import { useCurrentUser } from '#client/lib/session.ts';
import { getStoryQueryOptions } from '../api/get-story.ts';
import { StoryEditor } from './story-editor.tsx';

/**
 * /items/:id/edit — the article editor, loaded only when someone edits (its code, TipTap and the tagger are a
 * chunk of their own). The story is asked for again on opening, whatever the cache holds.
 */
export function EditorPage({ itemId }: { itemId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const {
    data: item,
    error,
    refetch,
  } = useQuery({ ...getStoryQueryOptions(itemId), refetchOnMount: 'always' });
  usePageTitle(item ? `${t('editor.title')}: ${item.headline}` : t('editor.title'), 2);
  if (!item) {
    return error ? (
      <ErrorState error={error} onRetry={() => void refetch()} />
    ) : (
      <Spinner className="p-6" label={t('common.loading')} />
    );
  }
  return <StoryEditor key={item.id} live={item} user={user} />;
}
