import { useEffect, useRef } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Dialog } from '#client/components/ui/dialog.tsx';
import { ApiError } from '#client/lib/api-client.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { useDeleteFeed } from '../api/delete-feed.ts';
import { useFeeds } from '../api/get-feeds.ts';
import { feedErrorMessage } from '../api/update-feed.ts';
import { useFeedsTranslation } from '../i18n.ts';

/**
 * "Remove this feed?" on the native modal dialog (focus stays inside, Escape cancels). Cancel has the focus, so
 * Enter on an accidental open removes nothing. It shows the feed as it is now (the list follows other admins'
 * changes) and removes that version only: a feed renamed or pointed elsewhere meanwhile is shown again, to be
 * confirmed again, never removed unseen.
 */
export function RemoveFeedDialog({ feed: opened, onClose }: { feed: Feed; onClose(removed: boolean): void }) {
  const { t, tc } = useFeedsTranslation();
  const remove = useDeleteFeed();
  const feed = useFeeds().data?.feeds.find((each) => each.id === opened.id) ?? opened;
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const confirm = () => {
    if (remove.isPending) return;
    const removed = () => {
      pushToast({ kind: 'info', message: t('remove.done', { name: feed.name }) });
      onClose(true);
    };
    remove.mutate(
      { id: feed.id, version: feed.version },
      {
        onSuccess: removed,
        // Someone else removed it first: what was asked for is done.
        onError: (error) => {
          if (error instanceof ApiError && error.status === 404) removed();
        },
      },
    );
  };
  return (
    <Dialog open onClose={() => onClose(false)} title={t('remove.title')}>
      <div className="flex flex-col gap-3" data-testid="remove-dialog">
        <p className="text-sm text-ink">{t('remove.body', { name: feed.name })}</p>
        <p className="text-sm text-ink-soft">{t('remove.itemsStay')}</p>
        <p className="text-xs text-ink-faint">
          <span dir="ltr" translate="no" className="break-all">
            {feed.url}
          </span>
        </p>
        {remove.error ? (
          <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {feedErrorMessage(remove.error)}
          </p>
        ) : null}
        <div className="flex justify-end gap-2 border-t border-surface-line pt-3">
          <Button ref={cancelRef} variant="ghost" onClick={() => onClose(false)} data-testid="remove-cancel">
            {tc('common.cancel')}
          </Button>
          <Button
            variant="danger"
            onClick={confirm}
            aria-disabled={remove.isPending || undefined}
            data-testid="remove-confirm"
          >
            {remove.isPending ? t('remove.removing') : t('remove.confirm')}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
