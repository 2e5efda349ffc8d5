import { useId } from 'react';
import type { Desk } from '#shared/schemas/users.ts';
import type { Feed } from '#shared/schemas/feeds.ts';
import { Button } from '#client/components/ui/button.tsx';
import { TableRegion } from '#client/components/ui/table-region.tsx';
import { RelativeTime } from '#client/components/ui/relative-time.tsx';
import { formatNumber, isolate, useNow } from '#client/lib/format.ts';
import { localName } from '#client/lib/local-names.ts';
import { pushToast } from '#client/stores/toast-store.ts';
import { usePollFeed } from '../api/poll-feed.ts';
import { feedErrorMessage } from '../api/update-feed.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { feedErrorText } from '../lib/feed-error-text.ts';
import { feedStatus } from '../lib/feed-status.ts';
import { formatInterval, languageName } from '../lib/format-feed.ts';
import { EnabledSwitch } from './enabled-switch.tsx';
import { FeedLastError } from './feed-last-error.tsx';
import { FeedStatusBadge } from './feed-status-badge.tsx';

export interface FeedActions {
  onEdit(feed: Feed): void;
  onRemove(feed: Feed): void;
}

const TH = 'px-2.5 py-2 text-start align-bottom text-xs font-semibold text-ink-soft';
const TD = 'px-2.5 py-3 align-top';

/** Every feed, one row each: what it is, how it is set, how it is doing, and (for admins) what to do with it. */
export function FeedTable({
  feeds,
  desks,
  canEdit,
  actions,
}: {
  feeds: readonly Feed[];
  desks: readonly Desk[] | undefined;
  canEdit: boolean;
  actions: FeedActions;
}) {
  const { t } = useFeedsTranslation();
  const captionId = useId();
  return (
    <TableRegion labelledBy={captionId}>
      <table className="w-full border-collapse text-sm" data-testid="feed-table">
        <caption id={captionId} className="sr-only">
          {t('title')}
        </caption>
        <thead className="border-b border-surface-line bg-surface-raised">
          <tr>
            <th scope="col" className={TH}>
              {t('columns.feed')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.language')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.desk')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.interval')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.status')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.lastFetch')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.lastSuccess')}
            </th>
            <th scope="col" className={`${TH} text-end`}>
              {t('columns.itemsTaken')}
            </th>
            <th scope="col" className={TH}>
              {t('columns.enabled')}
            </th>
            {canEdit ? (
              <th scope="col" className={TH}>
                <span className="sr-only">{t('columns.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {feeds.map((feed) => (
            <FeedRow
              key={feed.id}
              feed={feed}
              desk={feed.deskId === null ? null : (desks?.find((desk) => desk.id === feed.deskId) ?? null)}
              canEdit={canEdit}
              actions={actions}
            />
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

function Muted({ children }: { children: string }) {
  return <span className="text-ink-faint">{children}</span>;
}

function FeedRow({
  feed,
  desk,
  canEdit,
  actions,
}: {
  feed: Feed;
  desk: Desk | null;
  canEdit: boolean;
  actions: FeedActions;
}) {
  const { t, tc, language } = useFeedsTranslation();
  const now = useNow();
  const poll = usePollFeed();
  const status = feedStatus(feed);
  const { health } = feed;
  // The name in the reader's language: the source's English name in the English interface, when it has one.
  const name = localName(feed.name, feed.nameEn, language);

  const pollNow = () => {
    if (poll.isPending) return;
    poll.mutate(feed, {
      onSuccess: (after) => {
        const error = after.health.lastError;
        const failed =
          error !== null &&
          (after.health.lastSuccessAt === null ||
            Date.parse(error.at) >= Date.parse(after.health.lastSuccessAt));
        if (failed) {
          pushToast({
            kind: 'error',
            message: t('poll.failed', {
              name: isolate(localName(after.name, after.nameEn, language)),
              reason: feedErrorText(error, tc) ?? t('health.unknownError'),
            }),
          });
        } else {
          const count = Math.max(0, after.health.itemsTaken - feed.health.itemsTaken);
          pushToast({
            kind: 'info',
            message: t('poll.ok', { name: isolate(localName(after.name, after.nameEn, language)), count }),
          });
        }
      },
      onError: (error) => pushToast({ kind: 'error', message: feedErrorMessage(error) }),
    });
  };

  const nextPoll = !feed.enabled ? (
    <Muted>{t('health.pausedNext')}</Muted>
  ) : health.nextPollAt === null || Date.parse(health.nextPollAt) <= now ? (
    t('health.dueNow')
  ) : (
    <RelativeTime iso={health.nextPollAt} />
  );

  return (
    <tr data-testid="feed-row" data-feed-id={feed.id} className="hover:bg-surface-raised">
      {/* oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a row header, named by the feed's name inside it */}
      <th scope="row" className={`${TD} w-60 min-w-52 text-start font-normal`}>
        <p className="font-semibold text-ink [overflow-wrap:anywhere]" data-testid="feed-name">
          <bdi>{name}</bdi>
        </p>
        {name !== feed.name ? (
          // The name its items carry as their source, which searches and filters use.
          <p className="text-xs text-ink-soft" lang="ar" data-testid="feed-source-name">
            <bdi>{feed.name}</bdi>
          </p>
        ) : null}
        <p className="mt-0.5 text-xs text-ink-faint">
          <span dir="ltr" translate="no" className="break-all" data-testid="feed-url">
            {feed.url}
          </span>
        </p>
        <p className="mt-1 text-xs text-ink-soft">
          {t('columns.format')}:{' '}
          <span data-testid="feed-format" className={feed.format ? 'font-medium text-ink' : ''}>
            {feed.format ? t(`format.${feed.format}`) : t('format.unknown')}
          </span>
        </p>
      </th>
      <td className={TD} data-testid="feed-language">
        {feed.language ? languageName(feed.language, language) : <Muted>{t('language.auto')}</Muted>}
      </td>
      <td className={`${TD} min-w-24`} data-testid="feed-desk">
        {desk ? <bdi>{localName(desk.name, desk.nameEn, language)}</bdi> : <Muted>{t('desk.none')}</Muted>}
      </td>
      <td className={TD}>
        <p className="whitespace-nowrap" data-testid="feed-interval">
          {formatInterval(feed.pollIntervalSeconds, language)}
        </p>
        <p className="mt-0.5 text-xs text-ink-soft">
          <span className="text-ink-faint">{t('columns.nextPoll')}: </span>
          <span className="whitespace-nowrap" data-testid="feed-next-poll">
            {nextPoll}
          </span>
        </p>
      </td>
      <td className={`${TD} min-w-48 max-w-64`}>
        <FeedStatusBadge feed={feed} />
        {health.lastError ? <FeedLastError error={health.lastError} current={status === 'failing'} /> : null}
      </td>
      <td className={`${TD} whitespace-nowrap`} data-testid="feed-last-fetch">
        {health.lastFetchAt ? <RelativeTime iso={health.lastFetchAt} /> : <Muted>{t('health.never')}</Muted>}
      </td>
      <td className={`${TD} whitespace-nowrap`} data-testid="feed-last-success">
        {health.lastSuccessAt ? (
          <RelativeTime iso={health.lastSuccessAt} />
        ) : (
          <Muted>{t('health.never')}</Muted>
        )}
      </td>
      <td
        className={`${TD} text-end tabular-nums`}
        data-testid="feed-items-taken"
        data-count={health.itemsTaken}
      >
        {formatNumber(health.itemsTaken, language)}
      </td>
      <td className={TD}>
        {canEdit ? (
          <EnabledSwitch feed={feed} />
        ) : (
          <span className="text-xs text-ink-soft" data-testid="feed-enabled-text">
            {feed.enabled ? t('enabled.on') : t('enabled.off')}
          </span>
        )}
      </td>
      {canEdit ? (
        // oxlint-disable-next-line jsx-a11y/control-has-associated-label -- a cell, not a control: its buttons are named
        <td className={TD}>
          <div className="grid w-32 grid-cols-2 gap-1.5">
            <Button
              size="sm"
              onClick={pollNow}
              aria-disabled={poll.isPending || undefined}
              aria-busy={poll.isPending || undefined}
              data-testid="feed-poll"
              className={`col-span-2 ${poll.isPending ? 'opacity-70' : ''}`}
            >
              {poll.isPending ? (
                <span
                  aria-hidden="true"
                  className="size-3 animate-spin rounded-full border-2 border-surface-line border-t-brand"
                />
              ) : null}
              {poll.isPending ? t('actions.polling') : t('actions.poll')}
              <span className="sr-only">
                {' '}
                <bdi>{name}</bdi>
              </span>
            </Button>
            <Button size="sm" onClick={() => actions.onEdit(feed)} data-testid="feed-edit">
              {t('actions.edit')}
              <span className="sr-only">
                {' '}
                <bdi>{name}</bdi>
              </span>
            </Button>
            <Button
              size="sm"
              variant="danger"
              onClick={() => actions.onRemove(feed)}
              data-testid="feed-remove"
            >
              {t('actions.remove')}
              <span className="sr-only">
                {' '}
                <bdi>{name}</bdi>
              </span>
            </Button>
          </div>
        </td>
      ) : null}
    </tr>
  );
}
