import type { Feed } from '#shared/schemas/feeds.ts';
import { useFeedsTranslation } from '../i18n.ts';
import { feedStatus, type FeedStatus } from '../lib/feed-status.ts';

/** Colour always comes with the word (and the count of failures in a row): never colour alone. */
const STYLES: Record<FeedStatus, string> = {
  healthy: 'bg-emerald-50 text-emerald-900 ring-emerald-300',
  failing: 'bg-rose-50 text-rose-900 ring-rose-300',
  paused: 'bg-slate-100 text-slate-700 ring-slate-300',
  never: 'bg-sky-50 text-sky-900 ring-sky-200',
};
const DOTS: Record<FeedStatus, string> = {
  healthy: 'bg-emerald-600',
  failing: 'bg-rose-600',
  paused: 'bg-slate-500',
  never: 'bg-sky-600',
};

export function FeedStatusBadge({ feed }: { feed: Feed }) {
  const { t } = useFeedsTranslation();
  const status = feedStatus(feed);
  const label =
    status === 'failing'
      ? t('status.failing', { count: feed.health.consecutiveFailures })
      : t(`status.${status}`);
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded px-1.5 text-xs font-medium leading-5 ring-1 ring-inset ${STYLES[status]}`}
      data-testid="feed-status"
      data-status={status}
    >
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${DOTS[status]}`} />
      {label}
    </span>
  );
}
