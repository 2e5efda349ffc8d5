/**
 * Feed administration (admins) and feed health (admins and desk chiefs, who see it read-only). The list
 * follows other admins' changes live (feed events invalidate it) and is asked for again every few seconds while
 * visible, because background polls change health without an event.
 */
import { useRef } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
import { AdminPage } from '#client/components/admin-page.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState, ErrorState } from '#client/components/ui/state-message.tsx';
import { formatNumber } from '#client/lib/format.ts';
import { useDialogState } from '#client/lib/use-dialog-state.ts';
import { useDesks } from '../api/get-desks.ts';
import { useFeeds } from '../api/get-feeds.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { countStatuses } from '../lib/feed-status.ts';
import { FeedFormDialog } from './feed-form-dialog.tsx';
import { FeedTable } from './feed-table.tsx';
import { RemoveFeedDialog } from './remove-feed-dialog.tsx';

type Open = { kind: 'add' } | { kind: 'edit'; feed: Feed } | { kind: 'remove'; feed: Feed };

export function FeedsPage({ canEdit }: { canEdit: boolean }) {
  const { t, language } = useFeedsTranslation();
  const feeds = useFeeds();
  const desks = useDesks();
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { open, show, close } = useDialogState<Open>([addRef, headingRef]);

  const list = feeds.data?.feeds;
  const counts = list ? countStatuses(list) : null;

  return (
    <AdminPage
      testId="feeds-page"
      title={t('title')}
      intro={t('intro')}
      headingRef={headingRef}
      addRef={addRef}
      canEdit={canEdit}
      add={{ label: t('add'), testId: 'feed-add', onClick: () => show({ kind: 'add' }) }}
      readOnly={{ text: t('readOnly'), testId: 'feeds-read-only' }}
    >
      {counts && list && list.length > 0 ? (
        <dl aria-label={t('stats.label')} className="flex flex-wrap gap-2 text-sm" data-testid="feed-stats">
          {(
            [
              ['total', list.length, 'bg-white'],
              ['healthy', counts.healthy, 'bg-emerald-50'],
              ['failing', counts.failing, counts.failing > 0 ? 'bg-rose-50' : 'bg-white'],
              ['paused', counts.paused, 'bg-white'],
            ] as const
          ).map(([key, value, tone]) => (
            <div
              key={key}
              className={`flex items-baseline gap-2 rounded-md border border-surface-line px-3 py-1.5 ${tone}`}
              data-stat={key}
            >
              <dt className="text-ink-soft">{t(`stats.${key}`)}</dt>
              <dd className="font-semibold tabular-nums text-ink">{formatNumber(value, language)}</dd>
            </div>
          ))}
        </dl>
      ) : null}

      {feeds.isPending ? (
        <Spinner label={t('loading')} className="p-6" />
      ) : feeds.error && !list ? (
        <ErrorState error={feeds.error} onRetry={() => void feeds.refetch()} />
      ) : list && list.length === 0 ? (
        <div className="rounded-lg border border-surface-line bg-white">
          <EmptyState title={t('empty.title')}>{canEdit ? t('empty.admin') : t('empty.chief')}</EmptyState>
        </div>
      ) : list ? (
        <FeedTable
          feeds={list}
          desks={desks.data?.desks}
          canEdit={canEdit}
          actions={{
            onEdit: (feed) => show({ kind: 'edit', feed }),
            onRemove: (feed) => show({ kind: 'remove', feed }),
          }}
        />
      ) : null}

      {canEdit && open?.kind === 'add' ? (
        <FeedFormDialog mode="add" desks={desks.data?.desks} onClose={close} />
      ) : null}
      {canEdit && open?.kind === 'edit' ? (
        <FeedFormDialog mode="edit" feed={open.feed} desks={desks.data?.desks} onClose={close} />
      ) : null}
      {canEdit && open?.kind === 'remove' ? <RemoveFeedDialog feed={open.feed} onClose={close} /> : null}
    </AdminPage>
  );
}
