/**
 * Feed administration (admins) and feed health (admins and desk chiefs, who see it read-only). The list
 * follows other admins' changes live (feed events invalidate it) and is asked for again every few seconds while
 * visible, because background polls change health without an event.
 */
import { useRef, useState } from 'react';
import type { Feed } from '#shared/schemas/feeds.ts';
import { Button } from '#client/components/ui/button.tsx';
import { Spinner } from '#client/components/ui/spinner.tsx';
import { EmptyState, ErrorState } from '#client/components/ui/state-message.tsx';
import { formatNumber } from '#client/lib/format.ts';
import { useDesks } from '../api/get-desks.ts';
import { useFeeds } from '../api/get-feeds.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { countStatuses } from '../lib/feed-status.ts';
import { FeedFormDialog } from './feed-form-dialog.tsx';
import { FeedTable } from './feed-table.tsx';
import { RemoveFeedDialog } from './remove-feed-dialog.tsx';

type Open = { kind: 'add' } | { kind: 'edit'; feed: Feed } | { kind: 'remove'; feed: Feed } | null;

export function FeedsPage({ canEdit }: { canEdit: boolean }) {
  const { t, language } = useFeedsTranslation();
  const feeds = useFeeds();
  const desks = useDesks();
  const [open, setOpen] = useState<Open>(null);
  // The dialogs are rendered only while open, so focus is handed back here (to what opened them, or, when that
  // row is gone, to the add button or the heading).
  const opener = useRef<HTMLElement | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const show = (next: NonNullable<Open>) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(next);
  };
  const close = () => {
    setOpen(null);
    requestAnimationFrame(() => {
      const target = opener.current?.isConnected ? opener.current : (addRef.current ?? headingRef.current);
      target?.focus();
    });
  };

  const list = feeds.data?.feeds;
  const counts = list ? countStatuses(list) : null;

  return (
    <div className="relative h-full overflow-y-auto" data-testid="feeds-page">
      <div className="mx-auto flex max-w-[96rem] flex-col gap-4 px-6 py-5">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex flex-col gap-1">
            <h1 ref={headingRef} tabIndex={-1} className="text-xl font-bold text-ink">
              {t('title')}
            </h1>
            <p className="text-sm text-ink-soft">{t('intro')}</p>
          </div>
          {canEdit ? (
            <Button
              ref={addRef}
              variant="primary"
              onClick={() => show({ kind: 'add' })}
              data-testid="feed-add"
            >
              <span aria-hidden="true">+</span>
              {t('add')}
            </Button>
          ) : null}
        </div>

        {!canEdit ? (
          <p
            className="rounded-md border border-surface-line bg-surface-raised px-3 py-2 text-sm text-ink-soft"
            data-testid="feeds-read-only"
          >
            {t('readOnly')}
          </p>
        ) : null}

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
      </div>

      {canEdit && open?.kind === 'add' ? (
        <FeedFormDialog mode="add" desks={desks.data?.desks} onClose={close} />
      ) : null}
      {canEdit && open?.kind === 'edit' ? (
        <FeedFormDialog mode="edit" feed={open.feed} desks={desks.data?.desks} onClose={close} />
      ) : null}
      {canEdit && open?.kind === 'remove' ? <RemoveFeedDialog feed={open.feed} onClose={close} /> : null}
    </div>
  );
}
